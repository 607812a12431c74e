package org.pondok.web.staff;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.CancellationPolicy;
import org.pondok.catalog.VillaDetails;
import org.pondok.catalog.VillaSetup;
import org.pondok.catalog.VillaView;
import org.pondok.shared.CurrencyCode;

import org.springframework.validation.Errors;

/**
 * The villa form as the browser sends it. The base currency is not on it: prices are
 * stored in it, so it is shown and kept.
 */
public class VillaForm {

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

	private @Nullable String name;

	private @Nullable String tagline;

	private @Nullable String description;

	private @Nullable String address;

	private @Nullable String city;

	private @Nullable String region;

	private @Nullable String country;

	private @Nullable String postalCode;

	private @Nullable String phone;

	private @Nullable String email;

	private @Nullable String whatsapp;

	private @Nullable String website;

	private @Nullable String timeZone;

	private @Nullable String checkInTime;

	private @Nullable String checkOutTime;

	private @Nullable String houseRules;

	private @Nullable String wifiName;

	private @Nullable String wifiPassword;

	private @Nullable String taxPercent;

	private @Nullable String serviceChargePercent;

	private @Nullable String depositPercent;

	private @Nullable String balanceDueDays;

	private @Nullable String freeCancellationDays;

	private @Nullable String cancellationFeePercent;

	private int version;

	static VillaForm of(VillaSetup setup) {
		VillaView villa = setup.villa();
		VillaForm form = new VillaForm();
		form.name = villa.name();
		form.tagline = villa.tagline();
		form.description = villa.description();
		form.address = villa.address();
		form.city = villa.city();
		form.region = villa.region();
		form.country = villa.country();
		form.postalCode = villa.postalCode();
		form.phone = villa.phone();
		form.email = villa.email();
		form.whatsapp = villa.whatsapp();
		form.website = villa.website();
		form.timeZone = villa.timeZone().getId();
		form.checkInTime = villa.checkInTime().format(HOURS);
		form.checkOutTime = villa.checkOutTime().format(HOURS);
		form.houseRules = villa.houseRules();
		form.wifiName = villa.wifiName();
		form.wifiPassword = villa.wifiPassword();
		form.taxPercent = villa.taxPercent().toPlainString();
		form.serviceChargePercent = villa.serviceChargePercent().toPlainString();
		form.depositPercent = villa.depositPercent().toPlainString();
		form.balanceDueDays = String.valueOf(villa.balanceDueDays());
		form.freeCancellationDays = String.valueOf(villa.cancellationPolicy().freeCancellationDays());
		form.cancellationFeePercent = villa.cancellationPolicy().feePercent().toPlainString();
		form.version = setup.version();
		return form;
	}

	/**
	 * The villa's details, or {@code null} when a field is wrong (each rejected on
	 * {@code errors}).
	 */
	@Nullable VillaDetails details(Errors errors, CurrencyCode currency) {
		FormValues values = new FormValues(errors);
		String shownName = values.text("name", this.name, 200);
		String shownTagline = values.optional("tagline", this.tagline, 300);
		String shownDescription = values.optional("description", this.description, 20000);
		String shownAddress = values.text("address", this.address, 500);
		String shownCity = values.optional("city", this.city, 100);
		String shownRegion = values.optional("region", this.region, 100);
		String shownCountry = values.text("country", this.country, 2);
		if (shownCountry != null && !shownCountry.matches("[A-Za-z]{2}")) {
			errors.rejectValue("country", "catalog.error.country");
		}
		String shownPostalCode = values.optional("postalCode", this.postalCode, 20);
		String shownPhone = values.optional("phone", this.phone, 50);
		String shownEmail = values.optional("email", this.email, 255);
		if (shownEmail != null && !shownEmail.matches("[^@\\s]+@[^@\\s]+")) {
			errors.rejectValue("email", "catalog.error.email");
		}
		String shownWhatsapp = values.optional("whatsapp", this.whatsapp, 50);
		String shownWebsite = values.optional("website", this.website, 255);
		if (shownWebsite != null && !shownWebsite.toLowerCase(Locale.ROOT).matches("https?://\\S+")) {
			errors.rejectValue("website", "catalog.error.website");
		}
		ZoneId zone = null;
		if (this.timeZone == null || !ZoneId.getAvailableZoneIds().contains(this.timeZone)) {
			errors.rejectValue("timeZone", "catalog.error.zone");
		}
		else {
			zone = ZoneId.of(this.timeZone);
		}
		LocalTime checkIn = values.time("checkInTime", this.checkInTime);
		LocalTime checkOut = values.time("checkOutTime", this.checkOutTime);
		String rules = values.optional("houseRules", this.houseRules, 20000);
		String wifi = values.optional("wifiName", this.wifiName, 100);
		String wifiSecret = values.optional("wifiPassword", this.wifiPassword, 100);
		BigDecimal tax = values.percent("taxPercent", this.taxPercent);
		BigDecimal service = values.percent("serviceChargePercent", this.serviceChargePercent);
		BigDecimal deposit = values.percent("depositPercent", this.depositPercent);
		Integer balanceDays = values.number("balanceDueDays", this.balanceDueDays, 0, 365);
		Integer freeDays = values.number("freeCancellationDays", this.freeCancellationDays, 0, 365);
		BigDecimal fee = values.percent("cancellationFeePercent", this.cancellationFeePercent);
		if (errors.hasErrors()) {
			return null;
		}
		return new VillaDetails(shownName, shownTagline, shownDescription, shownAddress, shownCity, shownRegion,
				shownCountry, shownPostalCode, shownPhone, shownEmail, shownWhatsapp, shownWebsite, zone, checkIn,
				checkOut, rules, wifi, wifiSecret, currency, tax, service, deposit, balanceDays,
				new CancellationPolicy(freeDays, fee));
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getTagline() {
		return this.tagline;
	}

	public void setTagline(@Nullable String tagline) {
		this.tagline = tagline;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getAddress() {
		return this.address;
	}

	public void setAddress(@Nullable String address) {
		this.address = address;
	}

	public @Nullable String getCity() {
		return this.city;
	}

	public void setCity(@Nullable String city) {
		this.city = city;
	}

	public @Nullable String getRegion() {
		return this.region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	public @Nullable String getCountry() {
		return this.country;
	}

	public void setCountry(@Nullable String country) {
		this.country = country;
	}

	public @Nullable String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(@Nullable String postalCode) {
		this.postalCode = postalCode;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getWhatsapp() {
		return this.whatsapp;
	}

	public void setWhatsapp(@Nullable String whatsapp) {
		this.whatsapp = whatsapp;
	}

	public @Nullable String getWebsite() {
		return this.website;
	}

	public void setWebsite(@Nullable String website) {
		this.website = website;
	}

	public @Nullable String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(@Nullable String timeZone) {
		this.timeZone = timeZone;
	}

	public @Nullable String getCheckInTime() {
		return this.checkInTime;
	}

	public void setCheckInTime(@Nullable String checkInTime) {
		this.checkInTime = checkInTime;
	}

	public @Nullable String getCheckOutTime() {
		return this.checkOutTime;
	}

	public void setCheckOutTime(@Nullable String checkOutTime) {
		this.checkOutTime = checkOutTime;
	}

	public @Nullable String getHouseRules() {
		return this.houseRules;
	}

	public void setHouseRules(@Nullable String houseRules) {
		this.houseRules = houseRules;
	}

	public @Nullable String getWifiName() {
		return this.wifiName;
	}

	public void setWifiName(@Nullable String wifiName) {
		this.wifiName = wifiName;
	}

	public @Nullable String getWifiPassword() {
		return this.wifiPassword;
	}

	public void setWifiPassword(@Nullable String wifiPassword) {
		this.wifiPassword = wifiPassword;
	}

	public @Nullable String getTaxPercent() {
		return this.taxPercent;
	}

	public void setTaxPercent(@Nullable String taxPercent) {
		this.taxPercent = taxPercent;
	}

	public @Nullable String getServiceChargePercent() {
		return this.serviceChargePercent;
	}

	public void setServiceChargePercent(@Nullable String serviceChargePercent) {
		this.serviceChargePercent = serviceChargePercent;
	}

	public @Nullable String getDepositPercent() {
		return this.depositPercent;
	}

	public void setDepositPercent(@Nullable String depositPercent) {
		this.depositPercent = depositPercent;
	}

	public @Nullable String getBalanceDueDays() {
		return this.balanceDueDays;
	}

	public void setBalanceDueDays(@Nullable String balanceDueDays) {
		this.balanceDueDays = balanceDueDays;
	}

	public @Nullable String getFreeCancellationDays() {
		return this.freeCancellationDays;
	}

	public void setFreeCancellationDays(@Nullable String freeCancellationDays) {
		this.freeCancellationDays = freeCancellationDays;
	}

	public @Nullable String getCancellationFeePercent() {
		return this.cancellationFeePercent;
	}

	public void setCancellationFeePercent(@Nullable String cancellationFeePercent) {
		this.cancellationFeePercent = cancellationFeePercent;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
