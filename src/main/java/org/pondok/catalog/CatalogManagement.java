package org.pondok.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;
import org.pondok.system.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the villa manager changes: rooms and their units, seasons, packages, the villa's
 * details and the home page gallery, on sale or not. Each change is one transaction that
 * also writes its audit entry, and drops what {@link Catalog} lets searches reuse, so the
 * public API shows it at once. Edits of aggregates that staff may change side by side
 * name the version they were made on; a stale one is refused with
 * {@link org.springframework.dao.OptimisticLockingFailureException}.
 */
@Service
@Transactional(readOnly = true)
public class CatalogManagement {

	private final Catalog catalog;

	private final Villas villas;

	private final Rooms rooms;

	private final Units units;

	private final Packages packages;

	private final SeasonalRates seasonalRates;

	private final MediaFiles media;

	private final HeroImages heroImages;

	private final AuditTrail audit;

	private final Clock clock;

	CatalogManagement(Catalog catalog, Villas villas, Rooms rooms, Units units, Packages packages,
			SeasonalRates seasonalRates, MediaFiles media, HeroImages heroImages, AuditTrail audit, Clock clock) {
		this.catalog = catalog;
		this.villas = villas;
		this.rooms = rooms;
		this.units = units;
		this.packages = packages;
		this.seasonalRates = seasonalRates;
		this.media = media;
		this.heroImages = heroImages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every room type, on sale or not, in the catalog's order.
	 */
	public List<RoomSetup> rooms() {
		CurrencyCode currency = currency();
		return this.rooms.findAllByOrderBySortOrderAscIdAsc()
			.stream()
			.map((room) -> room.setup(unitsOf(room), currency))
			.toList();
	}

	public Optional<RoomSetup> room(String code) {
		return this.rooms.findByCode(code).map((room) -> room.setup(unitsOf(room), currency()));
	}

	/**
	 * Adds a room type as {@link Catalog#addRoom(NewRoom)} does, on sale or kept back.
	 */
	@Transactional
	public RoomSetup addRoom(String actor, NewRoom room, boolean onSale) {
		this.catalog.addRoom(room);
		Room saved = requireRoom(room.code());
		if (!onSale) {
			saved.takeOffSale();
			saved = this.rooms.save(saved);
		}
		this.audit.record(actor, "room.added", "room", room.code(), room.name() + ", " + room.unitCount() + " unit(s), "
				+ room.nightlyRate() + " a night" + (onSale ? ", on sale" : ", not on sale"));
		this.catalog.changed();
		return saved.setup(unitsOf(saved), currency());
	}

	/**
	 * @throws UnknownEntryException when there is no such room
	 * @throws org.springframework.dao.OptimisticLockingFailureException when the room has
	 * changed since {@code version}
	 * @throws IllegalArgumentException when the rate is not in the base currency
	 */
	@Transactional
	public RoomSetup changeRoom(String actor, String code, int version, RoomDetails details) {
		requireBaseCurrency(details.nightlyRate());
		Room room = requireRoom(code);
		String notes = room.change(details, version, currency(), this.clock.instant());
		Room saved = this.rooms.save(room);
		this.audit.record(actor, "room.updated", "room", code, room.name() + ": " + notes);
		this.catalog.changed();
		return saved.setup(unitsOf(saved), currency());
	}

	/**
	 * Adds a unit on sale to the room, coded after the room and numbered after its last
	 * unit.
	 */
	@Transactional
	public UnitSetup addUnit(String actor, String roomCode, String name) {
		Room room = requireRoom(roomCode);
		List<Unit> existing = this.units.findByRoomIdOrderBySortOrderAscIdAsc(room.id());
		if (existing.size() >= NewRoom.MAX_UNITS) {
			throw new IllegalArgumentException("A room has at most " + NewRoom.MAX_UNITS + " units");
		}
		int number = existing.stream().mapToInt(Unit::sortOrder).max().orElse(0) + 1;
		String code = room.code().toUpperCase(Locale.ROOT) + "-" + number;
		while (this.units.existsByCode(code)) {
			number++;
			code = room.code().toUpperCase(Locale.ROOT) + "-" + number;
		}
		Unit unit = Unit.added(room, code, room.name() + " " + number, number);
		unit.rename((name == null || name.isBlank()) ? room.name() + " " + number : name);
		Unit saved = this.units.save(unit);
		this.audit.record(actor, "unit.added", "room", roomCode, "unit " + code + " '" + saved.name() + "'");
		this.catalog.changed();
		return saved.setup();
	}

	@Transactional
	public UnitSetup renameUnit(String actor, String roomCode, long unitId, String name) {
		Unit unit = requireUnit(roomCode, unitId);
		String before = unit.name();
		unit.rename(name);
		Unit saved = this.units.save(unit);
		this.audit.record(actor, "unit.renamed", "room", roomCode,
				"unit " + unit.code() + " '" + before + "' → '" + saved.name() + "'");
		this.catalog.changed();
		return saved.setup();
	}

	/**
	 * Takes a unit off sale or puts it back. The catalog does not know which nights are
	 * held: before taking a unit off sale, the caller makes sure it holds no future night
	 * (see {@code inventory}).
	 */
	@Transactional
	public UnitSetup putUnitOnSale(String actor, String roomCode, long unitId, boolean onSale) {
		Unit unit = requireUnit(roomCode, unitId);
		unit.putOnSale(onSale);
		Unit saved = this.units.save(unit);
		this.audit.record(actor, onSale ? "unit.on_sale" : "unit.off_sale", "room", roomCode,
				"unit " + unit.code() + (onSale ? " back on sale" : " taken off sale"));
		this.catalog.changed();
		return saved.setup();
	}

	/**
	 * Every season of every room, by room in the catalog's order; within a room the
	 * seasons not over by {@code today} first, by start date, then the past ones, newest
	 * first.
	 */
	public List<SeasonSetup> seasons(LocalDate today) {
		CurrencyCode currency = currency();
		List<SeasonSetup> all = new ArrayList<>();
		for (Room room : this.rooms.findAllByOrderBySortOrderAscIdAsc()) {
			List<SeasonSetup> seasons = new ArrayList<>(this.seasonalRates.findByRoomId(room.id())
				.stream()
				.map((season) -> season.setup(room.code(), currency))
				.toList());
			seasons.sort(Comparator.comparing((SeasonSetup season) -> season.isOver(today))
				.thenComparing((season) -> season.isOver(today) ? -season.startDate().toEpochDay()
						: season.startDate().toEpochDay()));
			all.addAll(seasons);
		}
		return all;
	}

	public Optional<SeasonSetup> season(long id) {
		return this.seasonalRates.findById(id)
			.flatMap((season) -> this.rooms.findById(season.roomId())
				.map((room) -> season.setup(room.code(), currency())));
	}

	/**
	 * @throws OverlappingSeasonException when the room has a season sharing a night
	 * @throws IllegalArgumentException when the rate is not above zero or not in the base
	 * currency
	 */
	@Transactional
	public SeasonSetup addSeason(String actor, String roomCode, NewSeasonalRate rate) {
		Room room = requireRoom(roomCode);
		requireSeasonalRate(rate);
		requireNoOverlap(room, rate, null);
		SeasonalRate saved = this.seasonalRates.save(SeasonalRate.of(room.id(), rate, this.clock.instant()));
		this.audit.record(actor, "rate.added", "seasonal_rate", String.valueOf(saved.id()),
				roomCode + " '" + rate.name() + "' " + rate.startDate() + " – " + rate.endDate() + " at "
						+ rate.nightlyRate() + ", min " + rate.minNights() + " night(s)");
		this.catalog.changed();
		return saved.setup(roomCode, currency());
	}

	/**
	 * @throws UnknownEntryException when there is no such season or room
	 * @throws OverlappingSeasonException when the room has another season sharing a night
	 */
	@Transactional
	public SeasonSetup changeSeason(String actor, long id, String roomCode, NewSeasonalRate rate) {
		SeasonalRate season = this.seasonalRates.findById(id)
			.orElseThrow(() -> new UnknownEntryException("season", id));
		Room room = requireRoom(roomCode);
		requireSeasonalRate(rate);
		requireNoOverlap(room, rate, id);
		String notes = season.change(room.id(), rate, currency());
		SeasonalRate saved = this.seasonalRates.save(season);
		this.audit.record(actor, "rate.updated", "seasonal_rate", String.valueOf(id),
				roomCode + " '" + rate.name() + "': " + notes);
		this.catalog.changed();
		return saved.setup(roomCode, currency());
	}

	@Transactional
	public void removeSeason(String actor, long id) {
		SeasonalRate season = this.seasonalRates.findById(id)
			.orElseThrow(() -> new UnknownEntryException("season", id));
		String roomCode = this.rooms.findById(season.roomId()).map(Room::code).orElse("?");
		SeasonSetup removed = season.setup(roomCode, currency());
		this.seasonalRates.delete(season);
		this.audit.record(actor, "rate.removed", "seasonal_rate", String.valueOf(id),
				roomCode + " '" + removed.name() + "' " + removed.startDate() + " – " + removed.endDate());
		this.catalog.changed();
	}

	/**
	 * Every package, active or not, in the catalog's order.
	 */
	public List<PackageSetup> packages() {
		CurrencyCode currency = currency();
		List<Room> all = this.rooms.findAllByOrderBySortOrderAscIdAsc();
		return this.packages.findAllByOrderBySortOrderAscIdAsc()
			.stream()
			.map((offer) -> offer.setup(currency, roomCodes(offer, all)))
			.toList();
	}

	public Optional<PackageSetup> findPackage(String code) {
		return this.packages.findByCode(code)
			.map((offer) -> offer.setup(currency(), roomCodes(offer, this.rooms.findAllByOrderBySortOrderAscIdAsc())));
	}

	/**
	 * Adds a package as {@link Catalog#addPackage(NewPackage)} does, active or kept back.
	 */
	@Transactional
	public PackageSetup addPackage(String actor, NewPackage offer, boolean active) {
		this.catalog.addPackage(offer);
		Package saved = this.packages.findByCode(offer.code())
			.orElseThrow(() -> new IllegalStateException("The package was just added"));
		if (!active) {
			saved.withdraw();
			saved = this.packages.save(saved);
		}
		this.audit.record(actor, "package.added", "package", offer.code(),
				offer.name() + ", " + offer.price() + ", min " + offer.minNights() + " night(s), rooms "
						+ String.join(", ", offer.roomCodes()) + (active ? ", active" : ", not active"));
		return saved.setup(currency(), roomCodes(saved, this.rooms.findAllByOrderBySortOrderAscIdAsc()));
	}

	/**
	 * @throws UnknownEntryException when there is no such package or one of its rooms
	 * does not exist
	 * @throws org.springframework.dao.OptimisticLockingFailureException when the package
	 * has changed since {@code version}
	 */
	@Transactional
	public PackageSetup changePackage(String actor, String code, int version, PackageDetails details) {
		requireBaseCurrency(details.price());
		Package offer = this.packages.findByCode(code).orElseThrow(() -> new UnknownEntryException("package", code));
		Set<Long> roomIds = new HashSet<>();
		for (String roomCode : new LinkedHashSet<>(details.roomCodes())) {
			roomIds.add(requireRoom(roomCode).id());
		}
		String notes = offer.change(details, roomIds, version, currency(), this.clock.instant());
		Package saved = this.packages.save(offer);
		this.audit.record(actor, "package.updated", "package", code, details.name() + ": " + notes);
		return saved.setup(currency(), roomCodes(saved, this.rooms.findAllByOrderBySortOrderAscIdAsc()));
	}

	public Optional<VillaSetup> villa() {
		return this.villas.findFirstByOrderByIdAsc().map((villa) -> new VillaSetup(villa.view(), villa.version()));
	}

	/**
	 * Sets the villa's details, creating the villa if there is none yet. The base
	 * currency stays what it is: prices are stored in it.
	 * @throws org.springframework.dao.OptimisticLockingFailureException when the villa
	 * has changed since {@code version}
	 */
	@Transactional
	public VillaSetup changeVilla(String actor, int version, VillaDetails details) {
		Villa villa = this.villas.findFirstByOrderByIdAsc().orElse(null);
		String notes;
		if (villa == null) {
			villa = Villa.of(details, this.clock.instant());
			notes = "villa set up";
		}
		else {
			if (details.baseCurrency() != villa.baseCurrency()) {
				throw new IllegalArgumentException("The base currency cannot be changed");
			}
			notes = villa.change(details, version, this.clock.instant());
		}
		Villa saved = this.villas.save(villa);
		this.audit.record(actor, "villa.updated", "villa", String.valueOf(saved.view().id()),
				details.name() + ": " + notes);
		this.catalog.changed();
		return new VillaSetup(saved.view(), saved.version());
	}

	/**
	 * Every gallery image, shown or not, in the gallery's order.
	 */
	public List<GalleryImageSetup> gallery() {
		return this.heroImages.findAllByOrderBySortOrderAscIdAsc().stream().map(HeroImage::setup).toList();
	}

	/**
	 * Stores an uploaded image and adds it, shown, at the end of the gallery. Its type is
	 * read from its bytes, never from its name or declared type.
	 * @throws InvalidMediaException when it is not a readable JPEG, PNG or WebP image of
	 * at most 10 MB
	 */
	@Transactional
	public GalleryImageSetup addGalleryImage(String actor, String fileName, byte[] data, HeroCaption english,
			Map<String, HeroCaption> translations) {
		MediaFile file = this.media.save(MediaFile.of(fileName, data, this.clock.instant()));
		int last = this.heroImages.findAllByOrderBySortOrderAscIdAsc()
			.stream()
			.mapToInt(HeroImage::sortOrder)
			.max()
			.orElse(-1);
		HeroImage saved = this.heroImages
			.save(HeroImage.of(file.id(), english, translations, last + 1, this.clock.instant()));
		this.audit.record(actor, "gallery.image_added", "gallery_image", String.valueOf(saved.setup().id()),
				"'" + english.title() + "' from " + file.fileName() + " (" + file.contentType() + ", " + file.width()
						+ "×" + file.height() + ")");
		return saved.setup();
	}

	/**
	 * @throws org.springframework.dao.OptimisticLockingFailureException when the image
	 * has changed since {@code version}
	 */
	@Transactional
	public GalleryImageSetup changeGalleryImage(String actor, long id, int version, HeroCaption english,
			Map<String, HeroCaption> translations, boolean active) {
		HeroImage image = requireImage(id);
		String notes = image.change(english, translations, active, version, this.clock.instant());
		HeroImage saved = this.heroImages.save(image);
		this.audit.record(actor, "gallery.image_updated", "gallery_image", String.valueOf(id),
				"'" + english.title() + "': " + notes);
		return saved.setup();
	}

	/**
	 * Moves an image one place earlier ({@code step} −1) or later (+1) in the gallery; at
	 * either end it stays where it is.
	 */
	@Transactional
	public void moveGalleryImage(String actor, long id, int step) {
		List<HeroImage> order = new ArrayList<>(this.heroImages.findAllByOrderBySortOrderAscIdAsc());
		int from = -1;
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).setup().id() == id) {
				from = i;
			}
		}
		if (from < 0) {
			throw new UnknownEntryException("gallery image", id);
		}
		int to = from + Integer.signum(step);
		if (to < 0 || to >= order.size()) {
			return;
		}
		order.add(to, order.remove(from));
		for (int i = 0; i < order.size(); i++) {
			HeroImage image = order.get(i);
			if (image.sortOrder() != i) {
				image.moveTo(i, this.clock.instant());
				this.heroImages.save(image);
			}
		}
		this.audit.record(actor, "gallery.image_moved", "gallery_image", String.valueOf(id),
				"'" + order.get(to).title() + "' to place " + (to + 1) + " of " + order.size());
	}

	/**
	 * Takes an image out of the gallery. The stored file stays, as it may be shown
	 * elsewhere.
	 */
	@Transactional
	public void removeGalleryImage(String actor, long id) {
		HeroImage image = requireImage(id);
		this.heroImages.delete(image);
		this.audit.record(actor, "gallery.image_removed", "gallery_image", String.valueOf(id),
				"'" + image.title() + "'");
	}

	private Room requireRoom(String code) {
		return this.rooms.findByCode(code).orElseThrow(() -> new UnknownEntryException("room", code));
	}

	private Unit requireUnit(String roomCode, long unitId) {
		Room room = requireRoom(roomCode);
		return this.units.findById(unitId)
			.filter((unit) -> unit.roomId() == room.id())
			.orElseThrow(() -> new UnknownEntryException("unit", unitId));
	}

	private HeroImage requireImage(long id) {
		return this.heroImages.findById(id).orElseThrow(() -> new UnknownEntryException("gallery image", id));
	}

	private List<UnitSetup> unitsOf(Room room) {
		return this.units.findByRoomIdOrderBySortOrderAscIdAsc(room.id()).stream().map(Unit::setup).toList();
	}

	private static List<String> roomCodes(Package offer, List<Room> all) {
		return all.stream().filter((room) -> offer.appliesTo(room.id())).map(Room::code).toList();
	}

	private void requireNoOverlap(Room room, NewSeasonalRate rate, @Nullable Long except) {
		this.seasonalRates
			.findByRoomIdAndStartDateLessThanAndEndDateGreaterThanOrderByStartDate(room.id(), rate.endDate(),
					rate.startDate())
			.stream()
			.filter((season) -> except == null || season.id() != except)
			.findFirst()
			.ifPresent((season) -> {
				throw new OverlappingSeasonException(room.code(), season.name());
			});
	}

	private void requireSeasonalRate(NewSeasonalRate rate) {
		if (rate.nightlyRate().amount().compareTo(BigDecimal.ZERO) <= 0) {
			throw new IllegalArgumentException("A seasonal rate must be above zero");
		}
		requireBaseCurrency(rate.nightlyRate());
	}

	private void requireBaseCurrency(Money amount) {
		if (amount.currency() != currency()) {
			throw new IllegalArgumentException(
					"Prices are set in the base currency " + currency() + ", not in " + amount.currency());
		}
	}

	private CurrencyCode currency() {
		return this.villas.findFirstByOrderByIdAsc().map(Villa::baseCurrency).orElse(CurrencyCode.USD);
	}

}
