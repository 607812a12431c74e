package org.pondok.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

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
		Map<String, RoomTranslation> translations = new HashMap<>();
		room.translations()
			.forEach((language, text) -> translations.put(Codes.language(language),
					new RoomTranslation(text.name(), text.summary(), text.description())));
		translations.remove("en");
		CancellationPolicy policy = room.cancellationPolicy();
		return new Room(null, room.code(), room.name(), room.summary(), room.description(), room.maxAdults(),
				room.maxChildren(), room.maxOccupancy(), room.bedSetup(), room.sizeSqm(), Lines.join(room.amenities()),
				room.nightlyRate().amount(), room.minNights(), (policy != null) ? policy.freeCancellationDays() : null,
				(policy != null) ? policy.feePercent() : null, sortOrder, true, now, now, null, translations);
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
