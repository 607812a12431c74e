package org.pondok.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;
import org.pondok.shared.NotSetUpException;
import org.pondok.shared.Snapshot;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The property as it is sold: villa details, room types and their units, packages,
 * seasonal rates and the home page gallery. Prices are in the property's base currency.
 * Reads without a language are in English; with one they fall back to English where a
 * text has no translation.
 * <p>
 * What searches read (the villa, the rooms on sale in English, their seasons, today)
 * comes from a snapshot and runs outside any transaction of its own: an availability
 * search then costs one statement and no transaction. Every other read is a read-only
 * transaction.
 */
@Service
public class Catalog {

	private static final String ENGLISH = "en";

	private final Villas villas;

	private final Rooms rooms;

	private final Units units;

	private final Packages packages;

	private final SeasonalRates seasonalRates;

	private final MediaFiles media;

	private final HeroImages heroImages;

	private final Clock clock;

	private final RoomQueries roomQueries;

	private final TextTranslations texts;

	private final Snapshot<OnSale> onSale;

	Catalog(Villas villas, Rooms rooms, Units units, Packages packages, SeasonalRates seasonalRates, MediaFiles media,
			HeroImages heroImages, Clock clock, RoomQueries roomQueries, TextTranslations texts,
			PlatformTransactionManager transactions) {
		this.villas = villas;
		this.rooms = rooms;
		this.units = units;
		this.packages = packages;
		this.seasonalRates = seasonalRates;
		this.media = media;
		this.heroImages = heroImages;
		this.clock = clock;
		this.roomQueries = roomQueries;
		this.texts = texts;
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		// its few statements see one state of the catalog
		this.onSale = new Snapshot<>(Snapshot.SEARCH_MAX_AGE, () -> readOnly.execute((status) -> loadOnSale()));
	}

	/**
	 * @throws NotSetUpException when the property has not been set up yet
	 */
	public VillaView villa() {
		return findVilla().orElseThrow(() -> new NotSetUpException(
				"The property has not been set up yet: staff must enter the villa's details before it can be booked"));
	}

	public Optional<VillaView> findVilla() {
		return this.onSale.get().villa();
	}

	/**
	 * The property with its tagline, description and house rules in a language, English
	 * where they have no translation.
	 */
	@Transactional(readOnly = true)
	public Optional<VillaView> findVilla(String language) {
		String lang = Codes.language(language);
		Optional<VillaView> villa = findVilla();
		if (lang.equals(ENGLISH) || villa.isEmpty()) {
			return villa;
		}
		return Optional.of(this.texts.villa(villa.get().id(), lang).map(villa.get()::in).orElse(villa.get()));
	}

	/**
	 * Sets the villa's texts for guests in a language other than English.
	 * @throws IllegalStateException when the property has not been set up yet
	 */
	@Transactional
	public void translateVilla(String language, VillaTexts texts) {
		this.texts.saveVilla(villa().id(), foreign(language), texts);
	}

	/**
	 * Sets a room's bed set-up and amenities in a language other than English (its name,
	 * summary and description are the room's own translations).
	 * @throws UnknownRoomException when no room on sale has this code
	 */
	@Transactional
	public void translateRoomDetails(String roomCode, String language, @Nullable String bedSetup,
			List<String> amenities) {
		if (bedSetup != null && bedSetup.length() > 200) {
			throw new IllegalArgumentException("A bed set-up is at most 200 characters");
		}
		this.texts.saveRoom(requireRoom(roomCode).id(), foreign(language), bedSetup,
				Lines.require(amenities, "An amenity"));
	}

	private static String foreign(String language) {
		String lang = Codes.language(language);
		if (lang.equals(ENGLISH)) {
			throw new IllegalArgumentException("English texts are the villa's and the rooms' own");
		}
		return lang;
	}

	public boolean hasVilla() {
		return findVilla().isPresent();
	}

	/**
	 * The property's time zone; UTC until the property is set up.
	 */
	public ZoneId zone() {
		return this.onSale.get().terms().map(RoomQueries.Terms::zone).orElse(ZoneOffset.UTC);
	}

	/**
	 * Today's date at the property: the one definition of "today" for hotel nights,
	 * arrivals and departures.
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(zone()));
	}

	/**
	 * Sets the property's details, creating the property on first use.
	 */
	@Transactional
	public VillaView saveVilla(VillaDetails details) {
		Villa villa = this.villas.findFirstByOrderByIdAsc().orElse(null);
		if (villa == null) {
			villa = Villa.of(details, this.clock.instant());
		}
		else {
			villa.change(details, this.clock.instant());
		}
		this.onSale.changed();
		return this.villas.save(villa).view();
	}

	/**
	 * The rooms on sale, in the catalog's order.
	 */
	public List<RoomView> rooms() {
		return rooms(ENGLISH);
	}

	@Transactional(readOnly = true)
	public List<RoomView> rooms(String language) {
		String lang = Codes.language(language);
		if (lang.equals(ENGLISH)) {
			return this.onSale.get().rooms();
		}
		Terms terms = terms();
		return this.roomQueries.onSale(null, lang, terms.currency(), terms.policy());
	}

	/**
	 * The room on sale with this code.
	 */
	public Optional<RoomView> room(String code) {
		return room(code, ENGLISH);
	}

	@Transactional(readOnly = true)
	public Optional<RoomView> room(String code, String language) {
		if (Codes.language(language).equals(ENGLISH)) {
			return this.onSale.get().rooms().stream().filter((room) -> room.code().equals(code)).findFirst();
		}
		Terms terms = terms();
		return this.roomQueries.onSale(code, Codes.language(language), terms.currency(), terms.policy())
			.stream()
			.findFirst();
	}

	/**
	 * @throws UnknownRoomException when no room on sale has this code
	 */
	public RoomView requireRoom(String code) {
		return room(code).orElseThrow(() -> new UnknownRoomException(code));
	}

	/**
	 * Adds a room type on sale with {@code unitCount} units, coded {@code <CODE>-1},
	 * {@code <CODE>-2} … and named after the room.
	 * @throws IllegalArgumentException when the code is taken or the rate is not in the
	 * base currency
	 */
	@Transactional
	public RoomView addRoom(NewRoom room) {
		if (this.rooms.existsByCode(room.code())) {
			throw new IllegalArgumentException("There is already a room '" + room.code() + "'");
		}
		requireBaseCurrency(room.nightlyRate());
		Room saved = this.rooms.save(Room.of(room, (int) this.rooms.count(), this.clock.instant()));
		for (int number = 1; number <= room.unitCount(); number++) {
			this.units.save(Unit.numbered(saved, number));
		}
		this.onSale.changed();
		return view(saved, ENGLISH);
	}

	private RoomView view(Room room, String language) {
		Terms terms = terms();
		List<UnitView> roomUnits = this.units.findByRoomIdOrderBySortOrderAscIdAsc(room.id())
			.stream()
			.filter(Unit::isActive)
			.map(Unit::view)
			.toList();
		return room.view(language, roomUnits, terms.currency(), terms.policy());
	}

	/**
	 * The packages on sale, in the catalog's order.
	 */
	@Transactional(readOnly = true)
	public List<PackageView> packages() {
		return packages(ENGLISH);
	}

	@Transactional(readOnly = true)
	public List<PackageView> packages(String language) {
		String lang = Codes.language(language);
		CurrencyCode currency = terms().currency();
		List<Room> onSale = this.rooms.findByActiveOrderBySortOrderAscIdAsc(true);
		return this.packages.findByActiveOrderBySortOrderAscIdAsc(true)
			.stream()
			.map((offer) -> offer.view(lang, currency, roomCodes(offer, onSale)))
			.toList();
	}

	/**
	 * The package on sale with this code.
	 */
	@Transactional(readOnly = true)
	public Optional<PackageView> findPackage(String code) {
		return findPackage(code, ENGLISH);
	}

	@Transactional(readOnly = true)
	public Optional<PackageView> findPackage(String code, String language) {
		return this.packages.findByCode(code)
			.filter(Package::isActive)
			.map((offer) -> offer.view(Codes.language(language), terms().currency(),
					roomCodes(offer, this.rooms.findByActiveOrderBySortOrderAscIdAsc(true))));
	}

	/**
	 * @throws UnknownRoomException when one of its rooms is not on sale
	 * @throws IllegalArgumentException when the code is taken or the price is not in the
	 * base currency
	 */
	@Transactional
	public PackageView addPackage(NewPackage offer) {
		if (this.packages.existsByCode(offer.code())) {
			throw new IllegalArgumentException("There is already a package '" + offer.code() + "'");
		}
		requireBaseCurrency(offer.price());
		Set<Long> roomIds = new HashSet<>();
		for (String roomCode : offer.roomCodes()) {
			roomIds.add(this.rooms.findByCode(roomCode)
				.filter(Room::isActive)
				.orElseThrow(() -> new UnknownRoomException(roomCode))
				.id());
		}
		Package saved = this.packages
			.save(Package.of(offer, roomIds, (int) this.packages.count(), this.clock.instant()));
		return saved.view(ENGLISH, terms().currency(),
				roomCodes(saved, this.rooms.findByActiveOrderBySortOrderAscIdAsc(true)));
	}

	private static List<String> roomCodes(Package offer, List<Room> onSale) {
		return onSale.stream().filter((room) -> offer.appliesTo(room.id())).map(Room::code).toList();
	}

	/**
	 * The room's seasons that share at least one night with [from, to), by start date.
	 * @throws UnknownRoomException when no room has this code
	 */
	@Transactional(readOnly = true)
	public List<SeasonalRateView> seasonalRates(String roomCode, LocalDate from, LocalDate to) {
		Room room = this.rooms.findByCode(roomCode).orElseThrow(() -> new UnknownRoomException(roomCode));
		CurrencyCode currency = terms().currency();
		return this.seasonalRates
			.findByRoomIdAndStartDateLessThanAndEndDateGreaterThanOrderByStartDate(room.id(), to, from)
			.stream()
			.map((rate) -> rate.view(roomCode, currency))
			.toList();
	}

	/**
	 * The seasons of all rooms on sale that share at least one night with [from, to), in
	 * two statements whatever the number of rooms.
	 */
	public List<SeasonalRateView> seasonalRates(LocalDate from, LocalDate to) {
		return this.onSale.get()
			.seasons()
			.stream()
			.filter((season) -> season.startDate().isBefore(to) && season.endDate().isAfter(from))
			.toList();
	}

	/**
	 * @throws UnknownRoomException when no room on sale has this code
	 * @throws IllegalArgumentException when the season overlaps one the room already has,
	 * or the rate is not in the base currency
	 */
	@Transactional
	public void addSeasonalRate(String roomCode, NewSeasonalRate rate) {
		Room room = this.rooms.findByCode(roomCode)
			.filter(Room::isActive)
			.orElseThrow(() -> new UnknownRoomException(roomCode));
		requireBaseCurrency(rate.nightlyRate());
		List<SeasonalRate> overlapping = this.seasonalRates
			.findByRoomIdAndStartDateLessThanAndEndDateGreaterThanOrderByStartDate(room.id(), rate.endDate(),
					rate.startDate());
		if (!overlapping.isEmpty()) {
			throw new IllegalArgumentException(
					"The season overlaps '" + overlapping.get(0).name() + "' of room '" + roomCode + "'");
		}
		this.seasonalRates.save(SeasonalRate.of(room.id(), rate, this.clock.instant()));
		this.onSale.changed();
	}

	@Transactional(readOnly = true)
	public Optional<MediaContent> media(long id) {
		return this.media.findById(id).map(MediaFile::content);
	}

	/**
	 * Stores an uploaded image. Its type is read from its bytes: the {@code contentType}
	 * a browser declares is often wrong and is not trusted.
	 * @return the id it is served under at {@code /media/{id}}
	 * @throws InvalidMediaException when it is not a readable JPEG, PNG or WebP image of
	 * at most 10 MB
	 */
	@Transactional
	public long addMedia(String fileName, @Nullable String contentType, byte[] data) {
		return this.media.save(MediaFile.of(fileName, data, this.clock.instant())).id();
	}

	/**
	 * The home page's gallery, in its order.
	 */
	@Transactional(readOnly = true)
	public List<HeroImageView> gallery(String language) {
		String lang = Codes.language(language);
		return this.heroImages.findByActiveOrderBySortOrderAscIdAsc(true)
			.stream()
			.map((image) -> image.view(lang))
			.toList();
	}

	/**
	 * Adds a stored image at the end of the gallery, with its English title and caption
	 * and those of other languages keyed by language code.
	 * @throws IllegalArgumentException when there is no such media
	 */
	@Transactional
	public HeroImageView addHeroImage(long mediaId, String title, @Nullable String caption,
			Map<String, HeroCaption> translations) {
		if (!this.media.existsById(mediaId)) {
			throw new IllegalArgumentException("There is no media " + mediaId);
		}
		HeroImage image = HeroImage.of(mediaId, new HeroCaption(title, caption), translations,
				(int) this.heroImages.count(), this.clock.instant());
		return this.heroImages.save(image).view(ENGLISH);
	}

	/**
	 * Drops what searches reuse, after a change made elsewhere in this module.
	 */
	void changed() {
		this.onSale.changed();
	}

	private Terms terms() {
		return terms(this.onSale.get().terms());
	}

	private static Terms terms(Optional<RoomQueries.Terms> stored) {
		return stored.map((terms) -> new Terms(terms.currency(), terms.policy()))
			.orElse(new Terms(CurrencyCode.USD, CancellationPolicy.STRICT));
	}

	/**
	 * Everything on sale in a few statements: the villa, its rooms with their units, and
	 * the seasons from yesterday on (every property's yesterday, whatever its zone).
	 */
	private OnSale loadOnSale() {
		Optional<RoomQueries.Terms> stored = this.roomQueries.terms();
		Terms terms = terms(stored);
		LocalDate from = LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).minusDays(2);
		return new OnSale(this.villas.findFirstByOrderByIdAsc().map(Villa::view), stored,
				this.roomQueries.onSale(null, ENGLISH, terms.currency(), terms.policy()),
				this.roomQueries.seasons(from, LocalDate.of(9999, 12, 31), terms.currency()));
	}

	private void requireBaseCurrency(Money amount) {
		CurrencyCode base = terms().currency();
		if (amount.currency() != base) {
			throw new IllegalArgumentException(
					"Prices are set in the base currency " + base + ", not in " + amount.currency());
		}
	}

	/**
	 * What every price and policy of the catalog is read with.
	 */
	private record Terms(CurrencyCode currency, CancellationPolicy policy) {
	}

	private record OnSale(Optional<VillaView> villa, Optional<RoomQueries.Terms> terms, List<RoomView> rooms,
			List<SeasonalRateView> seasons) {
	}

}
