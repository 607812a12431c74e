package org.pondok.web.staff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.NewPackage;
import org.pondok.catalog.PackageDetails;
import org.pondok.catalog.PackageSetup;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import org.springframework.validation.Errors;

/**
 * The package form as the browser sends it.
 */
public class PackageForm {

	private @Nullable String code;

	private @Nullable String name;

	private @Nullable String summary;

	private @Nullable String description;

	private @Nullable String inclusions;

	private @Nullable String price;

	private @Nullable String minNights = "1";

	private List<String> roomCodes = new ArrayList<>();

	private boolean active = true;

	private int version;

	private Map<String, TextsForm> translations = new LinkedHashMap<>();

	static PackageForm of(PackageSetup offer) {
		PackageDetails details = offer.details();
		PackageForm form = new PackageForm();
		form.code = offer.code();
		form.name = details.name();
		form.summary = details.summary();
		form.description = details.description();
		form.inclusions = FormValues.join(details.inclusions());
		form.price = details.price().amount().toPlainString();
		form.minNights = String.valueOf(details.minNights());
		form.roomCodes = new ArrayList<>(details.roomCodes());
		form.active = details.active();
		form.version = offer.version();
		details.translations().forEach((language, text) -> {
			TextsForm texts = new TextsForm();
			texts.setName(text.name());
			texts.setSummary(text.summary());
			texts.setDescription(text.description());
			texts.setInclusions(FormValues.join(text.inclusions()));
			form.translations.put(language, texts);
		});
		return form;
	}

	PackageForm withLanguages(List<String> languages) {
		languages.forEach((language) -> this.translations.computeIfAbsent(language, (key) -> new TextsForm()));
		return this;
	}

	/**
	 * The package's details, or {@code null} when a field is wrong.
	 * @param knownRooms the codes of the rooms a package may apply to
	 */
	@Nullable PackageDetails details(Errors errors, CurrencyCode currency, List<String> knownRooms) {
		FormValues values = new FormValues(errors);
		String shownName = values.text("name", this.name, 200);
		String shownSummary = values.optional("summary", this.summary, 500);
		String shownDescription = values.optional("description", this.description, 20000);
		List<String> included = values.lines("inclusions", this.inclusions, 300);
		BigDecimal amount = values.amount("price", this.price, currency.fractionDigits(), false);
		Integer nights = values.number("minNights", this.minNights, 1, 365);
		List<String> rooms = this.roomCodes.stream().filter(knownRooms::contains).distinct().toList();
		if (rooms.isEmpty()) {
			errors.rejectValue("roomCodes", "catalog.error.rooms");
		}
		Map<String, NewPackage.Translation> texts = new HashMap<>();
		this.translations.forEach((language, text) -> {
			if (!text.isEmpty()) {
				String field = "translations[" + language + "].";
				String translatedName = values.text(field + "name", text.getName(), 200);
				String translatedSummary = values.optional(field + "summary", text.getSummary(), 500);
				String translatedDescription = values.optional(field + "description", text.getDescription(), 20000);
				List<String> translatedInclusions = values.lines(field + "inclusions", text.getInclusions(), 300);
				if (translatedName != null) {
					texts.put(language, new NewPackage.Translation(translatedName, translatedSummary,
							translatedDescription, translatedInclusions));
				}
			}
		});
		if (errors.hasErrors()) {
			return null;
		}
		return new PackageDetails(shownName, shownSummary, shownDescription, included, Money.of(amount, currency),
				nights, rooms, this.active, texts);
	}

	@Nullable NewPackage newPackage(Errors errors, CurrencyCode currency, List<String> knownRooms) {
		FormValues values = new FormValues(errors);
		String newCode = values.text("code", this.code, 28);
		if (newCode != null && !newCode.matches(RoomForm.CODE_PATTERN)) {
			errors.rejectValue("code", "catalog.error.code");
		}
		PackageDetails details = details(errors, currency, knownRooms);
		if (details == null || errors.hasErrors()) {
			return null;
		}
		return new NewPackage(newCode, details.name(), details.summary(), details.description(), details.inclusions(),
				details.price(), details.minNights(), details.roomCodes(), details.translations());
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

	public @Nullable String getInclusions() {
		return this.inclusions;
	}

	public void setInclusions(@Nullable String inclusions) {
		this.inclusions = inclusions;
	}

	public @Nullable String getPrice() {
		return this.price;
	}

	public void setPrice(@Nullable String price) {
		this.price = price;
	}

	public @Nullable String getMinNights() {
		return this.minNights;
	}

	public void setMinNights(@Nullable String minNights) {
		this.minNights = minNights;
	}

	public List<String> getRoomCodes() {
		return this.roomCodes;
	}

	public void setRoomCodes(List<String> roomCodes) {
		this.roomCodes = roomCodes;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
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
