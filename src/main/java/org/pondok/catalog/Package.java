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

import org.springframework.dao.OptimisticLockingFailureException;
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
		return new Package(null, offer.code(), offer.name(), offer.summary(), offer.description(),
				Lines.join(offer.inclusions()), offer.price().amount(), offer.minNights(), sortOrder, true, now, now,
				null, rooms(roomIds), translations(offer.translations()));
	}

	private static Set<PackageRoom> rooms(Set<Long> roomIds) {
		Set<PackageRoom> rooms = new HashSet<>();
		roomIds.forEach((roomId) -> rooms.add(new PackageRoom(roomId)));
		return rooms;
	}

	private static Map<String, PackageTranslation> translations(Map<String, NewPackage.Translation> texts) {
		Map<String, PackageTranslation> translations = new HashMap<>();
		texts.forEach((language, text) -> translations.put(Codes.language(language), new PackageTranslation(text.name(),
				text.summary(), text.description(), Lines.join(text.inclusions()))));
		translations.remove("en");
		return translations;
	}

	/**
	 * Applies staff's edit made on the given version of the package.
	 * @return what changed, for the audit trail
	 * @throws OptimisticLockingFailureException when the package has changed since
	 */
	String change(PackageDetails details, Set<Long> roomIds, int expectedVersion, CurrencyCode currency, Instant now) {
		if (this.version == null || this.version != expectedVersion) {
			throw new OptimisticLockingFailureException("Package '" + this.code + "' has changed since it was read");
		}
		Set<PackageRoom> newRooms = rooms(roomIds);
		ChangeNotes notes = new ChangeNotes().value("name", this.name, details.name())
			.text("summary", this.summary, details.summary())
			.text("description", this.description, details.description())
			.text("inclusions", Lines.split(this.inclusions), details.inclusions())
			.value("price", Money.of(this.price, currency), details.price())
			.value("minimum nights", this.minNights, details.minNights())
			.text("rooms", this.rooms, newRooms)
			.value("active", this.active, details.active())
			.text("translations", this.translations, translations(details.translations()));
		this.name = details.name();
		this.summary = details.summary();
		this.description = details.description();
		this.inclusions = Lines.join(details.inclusions());
		this.price = details.price().amount();
		this.minNights = details.minNights();
		this.rooms = newRooms;
		this.active = details.active();
		this.translations = translations(details.translations());
		this.updatedAt = now;
		return notes.toString();
	}

	void withdraw() {
		this.active = false;
	}

	/**
	 * @param roomCodes the codes of all its rooms, on sale or not
	 */
	PackageSetup setup(CurrencyCode currency, List<String> roomCodes) {
		if (this.id == null) {
			throw new IllegalStateException("The package has not been saved yet");
		}
		Map<String, NewPackage.Translation> texts = new HashMap<>();
		this.translations.forEach((language, text) -> texts.put(language, new NewPackage.Translation(text.name(),
				text.summary(), text.description(), Lines.split(text.inclusions()))));
		return new PackageSetup(this.id, this.code,
				new PackageDetails(this.name, this.summary, this.description, Lines.split(this.inclusions),
						Money.of(this.price, currency), this.minNights, roomCodes, this.active, texts),
				(this.version != null) ? this.version : 0);
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
