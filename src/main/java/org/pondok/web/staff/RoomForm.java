package org.pondok.web.staff;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.NewRoom;
import org.pondok.catalog.RoomDetails;
import org.pondok.catalog.RoomSetup;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import org.springframework.validation.Errors;

/**
 * The room form as the browser sends it: every field as typed, read and checked by
 * {@link #details(Errors, CurrencyCode)}.
 */
public class RoomForm {

	static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	private @Nullable String code;

	private @Nullable String name;

	private @Nullable String summary;

	private @Nullable String description;

	private @Nullable String maxAdults = "2";

	private @Nullable String maxChildren = "0";

	private @Nullable String maxOccupancy = "2";

	private @Nullable String bedSetup;

	private @Nullable String sizeSqm;

	private @Nullable String amenities;

	private @Nullable String nightlyRate;

	private @Nullable String minNights = "1";

	private @Nullable String unitCount = "1";

	private boolean onSale = true;

	private int version;

	private Map<String, TextsForm> translations = new LinkedHashMap<>();

	static RoomForm of(RoomSetup room) {
		RoomDetails details = room.details();
		RoomForm form = new RoomForm();
		form.code = room.code();
		form.name = details.name();
		form.summary = details.summary();
		form.description = details.description();
		form.maxAdults = String.valueOf(details.maxAdults());
		form.maxChildren = String.valueOf(details.maxChildren());
		form.maxOccupancy = String.valueOf(details.maxOccupancy());
		form.bedSetup = details.bedSetup();
		form.sizeSqm = (details.sizeSqm() != null) ? String.valueOf(details.sizeSqm()) : null;
		form.amenities = FormValues.join(details.amenities());
		form.nightlyRate = details.nightlyRate().amount().toPlainString();
		form.minNights = String.valueOf(details.minNights());
		form.unitCount = String.valueOf(room.units().size());
		form.onSale = details.onSale();
		form.version = room.version();
		details.translations().forEach((language, text) -> {
			TextsForm texts = new TextsForm();
			texts.setName(text.name());
			texts.setSummary(text.summary());
			texts.setDescription(text.description());
			form.translations.put(language, texts);
		});
		return form;
	}

	/**
	 * Makes sure the form has fields for each of these languages.
	 */
	RoomForm withLanguages(List<String> languages) {
		languages.forEach((language) -> this.translations.computeIfAbsent(language, (key) -> new TextsForm()));
		return this;
	}

	/**
	 * The room's details, or {@code null} when a field is wrong (each rejected on
	 * {@code errors}).
	 */
	@Nullable RoomDetails details(Errors errors, CurrencyCode currency) {
		FormValues values = new FormValues(errors);
		String shownName = values.text("name", this.name, 95);
		String shownSummary = values.optional("summary", this.summary, 500);
		String shownDescription = values.optional("description", this.description, 20000);
		Integer adults = values.number("maxAdults", this.maxAdults, 1, 99);
		Integer children = values.number("maxChildren", this.maxChildren, 0, 99);
		Integer occupancy = values.number("maxOccupancy", this.maxOccupancy, 1, 198);
		if (adults != null && children != null && occupancy != null && occupancy > adults + children) {
			errors.rejectValue("maxOccupancy", "catalog.error.occupancy");
		}
		String beds = values.optional("bedSetup", this.bedSetup, 200);
		Integer size = values.optionalNumber("sizeSqm", this.sizeSqm, 1, 100000);
		List<String> amenityLines = values.lines("amenities", this.amenities, 200);
		BigDecimal rate = values.amount("nightlyRate", this.nightlyRate, currency.fractionDigits(), false);
		Integer nights = values.number("minNights", this.minNights, 1, 365);
		Map<String, NewRoom.Translation> texts = new HashMap<>();
		this.translations.forEach((language, text) -> {
			if (!text.isEmpty()) {
				String field = "translations[" + language + "].";
				String translatedName = values.text(field + "name", text.getName(), 200);
				String translatedSummary = values.optional(field + "summary", text.getSummary(), 500);
				String translatedDescription = values.optional(field + "description", text.getDescription(), 20000);
				if (translatedName != null) {
					texts.put(language,
							new NewRoom.Translation(translatedName, translatedSummary, translatedDescription));
				}
			}
		});
		if (errors.hasErrors()) {
			return null;
		}
		return new RoomDetails(shownName, shownSummary, shownDescription, adults, children, occupancy, beds, size,
				amenityLines, Money.of(rate, currency), nights, this.onSale, texts);
	}

	/**
	 * A new room from the form, or {@code null} when a field is wrong.
	 */
	@Nullable NewRoom newRoom(Errors errors, CurrencyCode currency) {
		FormValues values = new FormValues(errors);
		String newCode = values.text("code", this.code, 28);
		if (newCode != null && !newCode.matches(CODE_PATTERN)) {
			errors.rejectValue("code", "catalog.error.code");
		}
		Integer units = values.number("unitCount", this.unitCount, 1, 99);
		RoomDetails details = details(errors, currency);
		if (details == null || errors.hasErrors()) {
			return null;
		}
		return new NewRoom(newCode, details.name(), details.summary(), details.description(), details.maxAdults(),
				details.maxChildren(), details.maxOccupancy(), details.bedSetup(), details.sizeSqm(),
				details.amenities(), details.nightlyRate(), details.minNights(), units, null, details.translations());
	}

	public @Nullable String getCode() {
		return this.code;
	}

	public void setCode(@Nullable String code) {
		this.code = code;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getMaxAdults() {
		return this.maxAdults;
	}

	public void setMaxAdults(@Nullable String maxAdults) {
		this.maxAdults = maxAdults;
	}

	public @Nullable String getMaxChildren() {
		return this.maxChildren;
	}

	public void setMaxChildren(@Nullable String maxChildren) {
		this.maxChildren = maxChildren;
	}

	public @Nullable String getMaxOccupancy() {
		return this.maxOccupancy;
	}

	public void setMaxOccupancy(@Nullable String maxOccupancy) {
		this.maxOccupancy = maxOccupancy;
	}

	public @Nullable String getBedSetup() {
		return this.bedSetup;
	}

	public void setBedSetup(@Nullable String bedSetup) {
		this.bedSetup = bedSetup;
	}

	public @Nullable String getSizeSqm() {
		return this.sizeSqm;
	}

	public void setSizeSqm(@Nullable String sizeSqm) {
		this.sizeSqm = sizeSqm;
	}

	public @Nullable String getAmenities() {
		return this.amenities;
	}

	public void setAmenities(@Nullable String amenities) {
		this.amenities = amenities;
	}

	public @Nullable String getNightlyRate() {
		return this.nightlyRate;
	}

	public void setNightlyRate(@Nullable String nightlyRate) {
		this.nightlyRate = nightlyRate;
	}

	public @Nullable String getMinNights() {
		return this.minNights;
	}

	public void setMinNights(@Nullable String minNights) {
		this.minNights = minNights;
	}

	public @Nullable String getUnitCount() {
		return this.unitCount;
	}

	public void setUnitCount(@Nullable String unitCount) {
		this.unitCount = unitCount;
	}

	public boolean isOnSale() {
		return this.onSale;
	}

	public void setOnSale(boolean onSale) {
		this.onSale = onSale;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public Map<String, TextsForm> getTranslations() {
		return this.translations;
	}

	public void setTranslations(Map<String, TextsForm> translations) {
		this.translations = translations;
	}

}
