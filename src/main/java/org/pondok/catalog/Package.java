package org.pondok.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A bundle of services (spa, tours, dinners) sold with a stay in one of its rooms for at
 * least its minimum number of nights. Created active; bookings refer to it by code, so it
 * is taken off sale rather than deleted.
 */
@Table("packages")
class Package {

	@Id
	private @Nullable Long id;

	private String code;

	private String name;

	private @Nullable String summary;

	private @Nullable String description;

	private @Nullable String inclusions;

	private BigDecimal price;

	private int minNights;

	private int sortOrder;

	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Integer version;

	@MappedCollection(idColumn = "package_id")
	private Set<PackageRoom> rooms;

	@MappedCollection(idColumn = "package_id", keyColumn = "language")
	private Map<String, PackageTranslation> translations;

	@PersistenceCreator
	Package(@Nullable Long id, String code, String name, @Nullable String summary, @Nullable String description,
			@Nullable String inclusions, BigDecimal price, int minNights, int sortOrder, boolean active,
			Instant createdAt, Instant updatedAt, @Nullable Integer version, Set<PackageRoom> rooms,
			Map<String, PackageTranslation> translations) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.summary = summary;
		this.description = description;
		this.inclusions = inclusions;
		this.price = price;
		this.minNights = minNights;
		this.sortOrder = sortOrder;
		this.active = active;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
		this.rooms = new HashSet<>(rooms);
		this.translations = new HashMap<>(translations);
	}

	static Package of(NewPackage offer, Set<Long> roomIds, int sortOrder, Instant now) {
		Set<PackageRoom> rooms = new HashSet<>();
		roomIds.forEach((roomId) -> rooms.add(new PackageRoom(roomId)));
		Map<String, PackageTranslation> translations = new HashMap<>();
		offer.translations()
			.forEach((language, text) -> translations.put(Codes.language(language), new PackageTranslation(text.name(),
					text.summary(), text.description(), Lines.join(text.inclusions()))));
		translations.remove("en");
		return new Package(null, offer.code(), offer.name(), offer.summary(), offer.description(),
				Lines.join(offer.inclusions()), offer.price().amount(), offer.minNights(), sortOrder, true, now, now,
				null, rooms, translations);
	}

	String code() {
		return this.code;
	}

	boolean isActive() {
		return this.active;
	}

	boolean appliesTo(long roomId) {
		return this.rooms.contains(new PackageRoom(roomId));
	}

	/**
	 * The package in the given language (English where it has no translation).
	 * @param roomCodes the codes of its rooms that are on sale, in the catalog's order
	 */
	PackageView view(String language, CurrencyCode currency, List<String> roomCodes) {
		if (this.id == null) {
			throw new IllegalStateException("The package has not been saved yet");
		}
		PackageTranslation text = this.translations.get(language);
		String shownName = (text != null) ? text.name() : this.name;
		String shownSummary = (text != null && text.summary() != null) ? text.summary() : this.summary;
		String shownDescription = (text != null && text.description() != null) ? text.description() : this.description;
		List<String> shownInclusions = (text != null && text.inclusions() != null) ? Lines.split(text.inclusions())
				: Lines.split(this.inclusions);
		return new PackageView(this.id, this.code, shownName, shownSummary, shownDescription, shownInclusions,
				Money.of(this.price, currency), this.minNights, roomCodes);
	}

}
