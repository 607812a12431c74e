package org.pondok.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A room type: what a guest chooses and what is priced. Its texts are kept in English on
 * the row and in other languages as translations. It is created active with its units
 * (see {@link Unit}) and is never deleted, since bookings refer to it; taking it off sale
 * makes it inactive. Its code never changes.
 */
@Table("rooms")
class Room {

	@Id
	private @Nullable Long id;

	private String code;

	private String name;

	private @Nullable String summary;

	private @Nullable String description;

	private int maxAdults;

	private int maxChildren;

	private int maxOccupancy;

	private @Nullable String bedSetup;

	private @Nullable Integer sizeSqm;

	private @Nullable String amenities;

	private BigDecimal baseRate;

	private int minNights;

	private @Nullable Integer freeCancellationDays;

	private @Nullable BigDecimal cancellationFeePercent;

	private int sortOrder;

	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Integer version;

	@MappedCollection(idColumn = "room_id", keyColumn = "language")
	private Map<String, RoomTranslation> translations;

	@PersistenceCreator
	Room(@Nullable Long id, String code, String name, @Nullable String summary, @Nullable String description,
			int maxAdults, int maxChildren, int maxOccupancy, @Nullable String bedSetup, @Nullable Integer sizeSqm,
			@Nullable String amenities, BigDecimal baseRate, int minNights, @Nullable Integer freeCancellationDays,
			@Nullable BigDecimal cancellationFeePercent, int sortOrder, boolean active, Instant createdAt,
			Instant updatedAt, @Nullable Integer version, Map<String, RoomTranslation> translations) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.summary = summary;
		this.description = description;
		this.maxAdults = maxAdults;
		this.maxChildren = maxChildren;
		this.maxOccupancy = maxOccupancy;
		this.bedSetup = bedSetup;
		this.sizeSqm = sizeSqm;
		this.amenities = amenities;
		this.baseRate = baseRate;
		this.minNights = minNights;
		this.freeCancellationDays = freeCancellationDays;
		this.cancellationFeePercent = cancellationFeePercent;
		this.sortOrder = sortOrder;
		this.active = active;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
		this.translations = new HashMap<>(translations);
	}

	static Room of(NewRoom room, int sortOrder, Instant now) {
		Map<String, RoomTranslation> translations = translations(room.translations());
		CancellationPolicy policy = room.cancellationPolicy();
		return new Room(null, room.code(), room.name(), room.summary(), room.description(), room.maxAdults(),
				room.maxChildren(), room.maxOccupancy(), room.bedSetup(), room.sizeSqm(), Lines.join(room.amenities()),
				room.nightlyRate().amount(), room.minNights(), (policy != null) ? policy.freeCancellationDays() : null,
				(policy != null) ? policy.feePercent() : null, sortOrder, true, now, now, null, translations);
	}

	/**
	 * Applies staff's edit made on the given version of the room.
	 * @return what changed, for the audit trail
	 * @throws OptimisticLockingFailureException when the room has changed since
	 */
	String change(RoomDetails details, int expectedVersion, CurrencyCode currency, Instant now) {
		requireVersion(expectedVersion);
		ChangeNotes notes = new ChangeNotes().value("name", this.name, details.name())
			.text("summary", this.summary, details.summary())
			.text("description", this.description, details.description())
			.value("adults", this.maxAdults, details.maxAdults())
			.value("children", this.maxChildren, details.maxChildren())
			.value("occupancy", this.maxOccupancy, details.maxOccupancy())
			.value("beds", this.bedSetup, details.bedSetup())
			.value("size", this.sizeSqm, details.sizeSqm())
			.text("amenities", amenities(), details.amenities())
			.value("nightly rate", Money.of(this.baseRate, currency), details.nightlyRate())
			.value("minimum nights", this.minNights, details.minNights())
			.value("on sale", this.active, details.onSale())
			.text("translations", this.translations, translations(details.translations()));
		this.name = details.name();
		this.summary = details.summary();
		this.description = details.description();
		this.maxAdults = details.maxAdults();
		this.maxChildren = details.maxChildren();
		this.maxOccupancy = details.maxOccupancy();
		this.bedSetup = details.bedSetup();
		this.sizeSqm = details.sizeSqm();
		this.amenities = Lines.join(details.amenities());
		this.baseRate = details.nightlyRate().amount();
		this.minNights = details.minNights();
		this.active = details.onSale();
		this.translations = translations(details.translations());
		this.updatedAt = now;
		return notes.toString();
	}

	void takeOffSale() {
		this.active = false;
	}

	private static Map<String, RoomTranslation> translations(Map<String, NewRoom.Translation> texts) {
		Map<String, RoomTranslation> translations = new HashMap<>();
		texts.forEach((language, text) -> translations.put(Codes.language(language),
				new RoomTranslation(text.name(), text.summary(), text.description())));
		translations.remove("en");
		return translations;
	}

	private void requireVersion(int expected) {
		if (this.version == null || this.version != expected) {
			throw new OptimisticLockingFailureException("Room '" + this.code + "' has changed since it was read");
		}
	}

	RoomSetup setup(List<UnitSetup> units, CurrencyCode currency) {
		Map<String, NewRoom.Translation> texts = new HashMap<>();
		this.translations.forEach((language, text) -> texts.put(language,
				new NewRoom.Translation(text.name(), text.summary(), text.description())));
		RoomDetails details = new RoomDetails(this.name, this.summary, this.description, this.maxAdults,
				this.maxChildren, this.maxOccupancy, this.bedSetup, this.sizeSqm, amenities(),
				Money.of(this.baseRate, currency), this.minNights, this.active, texts);
		return new RoomSetup(id(), this.code, details, units, (this.version != null) ? this.version : 0);
	}

	int sortOrder() {
		return this.sortOrder;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("The room has not been saved yet");
		}
		return this.id;
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	boolean isActive() {
		return this.active;
	}

	List<String> amenities() {
		return Lines.split(this.amenities);
	}

	/**
	 * The room in the given language (English where it has no translation), priced in the
	 * property's currency, its policy falling back to the property's.
	 */
	RoomView view(String language, List<UnitView> units, CurrencyCode currency, CancellationPolicy propertyPolicy) {
		RoomTranslation text = this.translations.get(language);
		String shownName = (text != null) ? text.name() : this.name;
		String shownSummary = (text != null && text.summary() != null) ? text.summary() : this.summary;
		String shownDescription = (text != null && text.description() != null) ? text.description() : this.description;
		return new RoomView(id(), this.code, shownName, shownSummary, shownDescription, this.maxAdults,
				this.maxChildren, this.maxOccupancy, this.bedSetup, this.sizeSqm, amenities(),
				Money.of(this.baseRate, currency), this.minNights, units,
				CancellationPolicy.of(this.freeCancellationDays, this.cancellationFeePercent, propertyPolicy));
	}

}
