package org.pondok.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The property itself: one row, created by the first save of its details and changed in
 * place afterwards.
 */
@Table("villa_info")
class Villa {

	@Id
	private @Nullable Long id;

	private String name;

	private @Nullable String tagline;

	private @Nullable String description;

	private String address;

	private @Nullable String city;

	private @Nullable String region;

	private String country;

	private @Nullable String postalCode;

	private @Nullable String phone;

	private @Nullable String email;

	private @Nullable String whatsapp;

	private @Nullable String website;

	private String timeZone;

	private LocalTime checkInTime;

	private LocalTime checkOutTime;

	private @Nullable String houseRules;

	private @Nullable String wifiName;

	private @Nullable String wifiPassword;

	private CurrencyCode baseCurrency;

	private BigDecimal taxPercent;

	private BigDecimal serviceChargePercent;

	private BigDecimal depositPercent;

	private int balanceDueDays;

	private int freeCancellationDays;

	private BigDecimal cancellationFeePercent;

	private Instant updatedAt;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Villa(@Nullable Long id, String name, @Nullable String tagline, @Nullable String description, String address,
			@Nullable String city, @Nullable String region, String country, @Nullable String postalCode,
			@Nullable String phone, @Nullable String email, @Nullable String whatsapp, @Nullable String website,
			String timeZone, LocalTime checkInTime, LocalTime checkOutTime, @Nullable String houseRules,
			@Nullable String wifiName, @Nullable String wifiPassword, CurrencyCode baseCurrency, BigDecimal taxPercent,
			BigDecimal serviceChargePercent, BigDecimal depositPercent, int balanceDueDays, int freeCancellationDays,
			BigDecimal cancellationFeePercent, Instant updatedAt, @Nullable Integer version) {
		this.id = id;
		this.name = name;
		this.tagline = tagline;
		this.description = description;
		this.address = address;
		this.city = city;
		this.region = region;
		this.country = country;
		this.postalCode = postalCode;
		this.phone = phone;
		this.email = email;
		this.whatsapp = whatsapp;
		this.website = website;
		this.timeZone = timeZone;
		this.checkInTime = checkInTime;
		this.checkOutTime = checkOutTime;
		this.houseRules = houseRules;
		this.wifiName = wifiName;
		this.wifiPassword = wifiPassword;
		this.baseCurrency = baseCurrency;
		this.taxPercent = taxPercent;
		this.serviceChargePercent = serviceChargePercent;
		this.depositPercent = depositPercent;
		this.balanceDueDays = balanceDueDays;
		this.freeCancellationDays = freeCancellationDays;
		this.cancellationFeePercent = cancellationFeePercent;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Villa of(VillaDetails details, Instant now) {
		CancellationPolicy policy = details.cancellationPolicy();
		return new Villa(null, details.name(), details.tagline(), details.description(), details.address(),
				details.city(), details.region(), details.country(), details.postalCode(), details.phone(),
				details.email(), details.whatsapp(), details.website(), details.timeZone().getId(),
				details.checkInTime(), details.checkOutTime(), details.houseRules(), details.wifiName(),
				details.wifiPassword(), details.baseCurrency(), details.taxPercent(), details.serviceChargePercent(),
				details.depositPercent(), details.balanceDueDays(), policy.freeCancellationDays(), policy.feePercent(),
				now, null);
	}

	void change(VillaDetails details, Instant now) {
		this.name = details.name();
		this.tagline = details.tagline();
		this.description = details.description();
		this.address = details.address();
		this.city = details.city();
		this.region = details.region();
		this.country = details.country();
		this.postalCode = details.postalCode();
		this.phone = details.phone();
		this.email = details.email();
		this.whatsapp = details.whatsapp();
		this.website = details.website();
		this.timeZone = details.timeZone().getId();
		this.checkInTime = details.checkInTime();
		this.checkOutTime = details.checkOutTime();
		this.houseRules = details.houseRules();
		this.wifiName = details.wifiName();
		this.wifiPassword = details.wifiPassword();
		this.baseCurrency = details.baseCurrency();
		this.taxPercent = details.taxPercent();
		this.serviceChargePercent = details.serviceChargePercent();
		this.depositPercent = details.depositPercent();
		this.balanceDueDays = details.balanceDueDays();
		this.freeCancellationDays = details.cancellationPolicy().freeCancellationDays();
		this.cancellationFeePercent = details.cancellationPolicy().feePercent();
		this.updatedAt = now;
	}

	/**
	 * As {@link #change(VillaDetails, Instant)}, for staff's edit made on the given
	 * version.
	 * @return what changed, for the audit trail (never the WiFi password itself)
	 * @throws OptimisticLockingFailureException when the villa has changed since
	 */
	String change(VillaDetails details, int expectedVersion, Instant now) {
		if (this.version == null || this.version != expectedVersion) {
			throw new OptimisticLockingFailureException("The villa has changed since it was read");
		}
		ChangeNotes notes = new ChangeNotes().value("name", this.name, details.name())
			.value("tagline", this.tagline, details.tagline())
			.text("description", this.description, details.description())
			.text("address", this.address + this.city + this.region + this.country + this.postalCode,
					details.address() + details.city() + details.region() + details.country() + details.postalCode())
			.text("contact", this.phone + this.email + this.whatsapp + this.website,
					details.phone() + details.email() + details.whatsapp() + details.website())
			.value("time zone", this.timeZone, details.timeZone().getId())
			.value("check-in", this.checkInTime, details.checkInTime())
			.value("check-out", this.checkOutTime, details.checkOutTime())
			.text("house rules", this.houseRules, details.houseRules())
			.value("WiFi name", this.wifiName, details.wifiName())
			.text("WiFi password", this.wifiPassword, details.wifiPassword())
			.value("tax %", this.taxPercent, details.taxPercent())
			.value("service charge %", this.serviceChargePercent, details.serviceChargePercent())
			.value("deposit %", this.depositPercent, details.depositPercent())
			.value("balance due days", this.balanceDueDays, details.balanceDueDays())
			.value("free cancellation days", this.freeCancellationDays,
					details.cancellationPolicy().freeCancellationDays())
			.value("cancellation fee %", this.cancellationFeePercent, details.cancellationPolicy().feePercent());
		change(details, now);
		return notes.toString();
	}

	int version() {
		return (this.version != null) ? this.version : 0;
	}

	ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	CurrencyCode baseCurrency() {
		return this.baseCurrency;
	}

	CancellationPolicy cancellationPolicy() {
		return new CancellationPolicy(this.freeCancellationDays, this.cancellationFeePercent);
	}

	VillaView view() {
		return new VillaView(requireId(), this.name, this.tagline, this.description, this.address, this.city,
				this.region, this.country, this.postalCode, this.phone, this.email, this.whatsapp, this.website, zone(),
				this.checkInTime, this.checkOutTime, this.houseRules, this.wifiName, this.wifiPassword,
				this.baseCurrency, plain(this.taxPercent), plain(this.serviceChargePercent), plain(this.depositPercent),
				this.balanceDueDays, cancellationPolicy());
	}

	/**
	 * The database keeps four decimals; a percentage reads best without trailing zeros
	 * (and without an exponent).
	 */
	static BigDecimal plain(BigDecimal value) {
		return new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

	private long requireId() {
		if (this.id == null) {
			throw new IllegalStateException("The villa has not been saved yet");
		}
		return this.id;
	}

}
