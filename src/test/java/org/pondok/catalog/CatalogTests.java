package org.pondok.catalog;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The catalog against the real schema on H2: what is added reads back the same.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:catalog-tests;DB_CLOSE_DELAY=-1", "pondok.demo=false",
		"pondok.data-dir=target/catalog-tests" })
@Transactional
class CatalogTests {

	/**
	 * 20:30 UTC on 1 March is already 2 March in Bali (UTC+8).
	 */
	private static final Instant NOW = Instant.parse("2025-03-01T20:30:00Z");

	@TestBean
	Clock clock;

	@Autowired
	Catalog catalog;

	static Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	@Test
	void roundTripsARoomWithItsUnitsAndTranslations() {
		this.catalog.addRoom(room("garden-villa", "450.00", 2,
				Map.of("id", new NewRoom.Translation("Vila Taman", "Dekat kolam", null))));

		RoomView room = this.catalog.requireRoom("garden-villa");

		assertThat(room.name()).isEqualTo("Garden Villa");
		assertThat(room.nightlyRate()).isEqualTo(Money.of("450.00", CurrencyCode.USD));
		assertThat(room.amenities()).containsExactly("Private pool", "Air conditioning");
		assertThat(room.units()).extracting(UnitView::code).containsExactly("GARDEN-VILLA-1", "GARDEN-VILLA-2");
		assertThat(room.units()).extracting(UnitView::name).containsExactly("Garden Villa 1", "Garden Villa 2");
		assertThat(room.maxOccupancy()).isEqualTo(3);
		assertThat(room.sizeSqm()).isEqualTo(48);
		RoomView indonesian = this.catalog.room("garden-villa", "id-ID").orElseThrow();
		assertThat(indonesian.name()).isEqualTo("Vila Taman");
		assertThat(indonesian.summary()).isEqualTo("Dekat kolam");
		assertThat(indonesian.description()).isEqualTo("A quiet villa by the garden.");
		assertThat(this.catalog.rooms("de")).extracting(RoomView::name).containsExactly("Garden Villa");
	}

	@Test
	void listsRoomsInTheOrderTheyWereAdded() {
		this.catalog.addRoom(room("second", "100.00", 1, Map.of()));
		this.catalog.addRoom(room("first", "200.00", 1, Map.of()));

		assertThat(this.catalog.rooms()).extracting(RoomView::code).containsExactly("second", "first");
	}

	@Test
	void roomFollowsThePropertyCancellationPolicyUnlessItHasItsOwn() {
		this.catalog.saveVilla(villa());
		this.catalog.addRoom(room("garden-villa", "450.00", 1, Map.of()));

		assertThat(this.catalog.requireRoom("garden-villa").cancellationPolicy())
			.isEqualTo(new CancellationPolicy(7, new BigDecimal("50")));
	}

	@Test
	void refusesASecondRoomWithTheSameCode() {
		this.catalog.addRoom(room("garden-villa", "450.00", 1, Map.of()));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.catalog.addRoom(room("garden-villa", "100.00", 1, Map.of())));
	}

	@Test
	void unknownRoomIsRefused() {
		assertThat(this.catalog.room("nowhere")).isEmpty();
		assertThatExceptionOfType(UnknownRoomException.class).isThrownBy(() -> this.catalog.requireRoom("nowhere"));
	}

	@Test
	void roundTripsAPackageWithItsRooms() {
		this.catalog.addRoom(room("garden-villa", "450.00", 1, Map.of()));
		this.catalog.addRoom(room("pool-suite", "250.00", 1, Map.of()));
		this.catalog.addRoom(room("loft", "120.00", 1, Map.of()));

		this.catalog.addPackage(new NewPackage("honeymoon", "Honeymoon", "For two", "Flowers and dinner.",
				List.of("Flower bath", "Dinner"), Money.of("599", CurrencyCode.USD), 2,
				List.of("pool-suite", "garden-villa"), Map.of("id",
						new NewPackage.Translation("Bulan Madu", null, null, List.of("Mandi bunga", "Makan malam")))));

		PackageView offer = this.catalog.findPackage("honeymoon").orElseThrow();
		assertThat(offer.roomCodes()).containsExactly("garden-villa", "pool-suite");
		assertThat(offer.inclusions()).containsExactly("Flower bath", "Dinner");
		assertThat(offer.price()).isEqualTo(Money.of("599.00", CurrencyCode.USD));
		assertThat(offer.minNights()).isEqualTo(2);
		PackageView indonesian = this.catalog.packages("id").get(0);
		assertThat(indonesian.name()).isEqualTo("Bulan Madu");
		assertThat(indonesian.description()).isEqualTo("Flowers and dinner.");
		assertThat(indonesian.inclusions()).containsExactly("Mandi bunga", "Makan malam");
	}

	@Test
	void refusesAPackageForAnUnknownRoom() {
		NewPackage offer = new NewPackage("honeymoon", "Honeymoon", null, null, List.of(),
				Money.of("599", CurrencyCode.USD), 2, List.of("nowhere"), Map.of());

		assertThatExceptionOfType(UnknownRoomException.class).isThrownBy(() -> this.catalog.addPackage(offer));
	}

	@Test
	void todayIsTheDateInThePropertysTimeZone() {
		assertThat(this.catalog.zone()).isEqualTo(ZoneOffset.UTC);
		assertThat(this.catalog.today()).isEqualTo(LocalDate.of(2025, 3, 1));

		this.catalog.saveVilla(villa());

		assertThat(this.catalog.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
		assertThat(this.catalog.today()).isEqualTo(LocalDate.of(2025, 3, 2));
	}

	@Test
	void roundTripsTheVillaAndChangesItInPlace() {
		VillaView saved = this.catalog.saveVilla(villa());

		VillaView read = this.catalog.villa();
		assertThat(read).isEqualTo(saved);
		assertThat(read.taxPercent()).isEqualTo(new BigDecimal("11"));
		assertThat(read.checkInTime()).isEqualTo(LocalTime.of(14, 0));
		assertThat(read.wifiPassword()).isEqualTo("terimakasih88");

		this.catalog.saveVilla(villa());
		assertThat(this.catalog.villa().id()).isEqualTo(saved.id());
	}

	@Test
	void theVillasTextsAndARoomsDetailsReadInALanguageAndOutliveAChangeOfTheDetails() {
		this.catalog.saveVilla(villa());
		this.catalog.addRoom(room("garden-villa", "450.00", 1, Map.of()));
		this.catalog.translateVilla("de-DE", new VillaTexts("Eine ruhige Villa", null, "Keine Haustiere."));
		this.catalog.translateRoomDetails("garden-villa", "de", "1 Kingsize-Bett",
				List.of("Privater Pool", "Klimaanlage"));

		this.catalog.saveVilla(villa());

		VillaView german = this.catalog.findVilla("de").orElseThrow();
		assertThat(german.tagline()).isEqualTo("Eine ruhige Villa");
		assertThat(german.houseRules()).isEqualTo("Keine Haustiere.");
		assertThat(german.description()).as("English where there is no translation")
			.isEqualTo(this.catalog.villa().description());
		assertThat(german.name()).isEqualTo("Villa Pondok Sari");
		assertThat(this.catalog.findVilla("fr")).contains(this.catalog.villa());
		RoomView room = this.catalog.room("garden-villa", "de").orElseThrow();
		assertThat(room.bedSetup()).isEqualTo("1 Kingsize-Bett");
		assertThat(room.amenities()).containsExactly("Privater Pool", "Klimaanlage");
		assertThat(this.catalog.room("garden-villa", "fr").orElseThrow().bedSetup()).isEqualTo("1 king bed");
		assertThat(this.catalog.room("garden-villa").orElseThrow().amenities()).containsExactly("Private pool",
				"Air conditioning");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.catalog.translateVilla("en", new VillaTexts("A quiet villa", null, null)));
	}

	@Test
	void findsTheSeasonsThatShareANightWithARange() {
		this.catalog.addRoom(room("garden-villa", "450.00", 1, Map.of()));
		this.catalog.addSeasonalRate("garden-villa", season("High season", "2025-07-01", "2025-09-01", "600"));
		this.catalog.addSeasonalRate("garden-villa", season("Christmas", "2025-12-20", "2026-01-05", "700"));

		assertThat(this.catalog.seasonalRates("garden-villa", LocalDate.parse("2025-08-31"),
				LocalDate.parse("2025-12-21")))
			.extracting(SeasonalRateView::name)
			.containsExactly("High season", "Christmas");
		assertThat(this.catalog.seasonalRates("garden-villa", LocalDate.parse("2025-09-01"),
				LocalDate.parse("2025-12-20")))
			.isEmpty();
		SeasonalRateView high = this.catalog
			.seasonalRates("garden-villa", LocalDate.parse("2025-07-10"), LocalDate.parse("2025-07-12"))
			.get(0);
		assertThat(high.nightlyRate()).isEqualTo(Money.of("600.00", CurrencyCode.USD));
		assertThat(high.endDate()).isEqualTo(LocalDate.parse("2025-09-01"));
	}

	@Test
	void refusesASeasonOverlappingAnother() {
		this.catalog.addRoom(room("garden-villa", "450.00", 1, Map.of()));
		this.catalog.addSeasonalRate("garden-villa", season("High season", "2025-07-01", "2025-09-01", "600"));

		assertThatIllegalArgumentException().isThrownBy(
				() -> this.catalog.addSeasonalRate("garden-villa", season("August", "2025-08-31", "2025-09-10", "650")))
			.withMessageContaining("High season");
	}

	@Test
	void roundTripsMediaAndTheGallery() throws IOException {
		byte[] png = png();
		long mediaId = this.catalog.addMedia("pool.png", "image/png", png);
		this.catalog.addHeroImage(mediaId, "The pool", "Swim above the jungle",
				Map.of("id", new HeroCaption("Kolam renang", null)));

		MediaContent media = this.catalog.media(mediaId).orElseThrow();
		assertThat(media.data()).isEqualTo(png);
		assertThat(media.contentType()).isEqualTo("image/png");
		assertThat(media.sha256()).isEqualTo(MediaFile.sha256(png));
		HeroImageView indonesian = this.catalog.gallery("id").get(0);
		assertThat(indonesian.title()).isEqualTo("Kolam renang");
		assertThat(indonesian.caption()).isEqualTo("Swim above the jungle");
		assertThat(indonesian.imageUrl()).isEqualTo("/media/" + mediaId);
		assertThat(this.catalog.gallery("fr").get(0).title()).isEqualTo("The pool");
	}

	static NewRoom room(String code, String rate, int units, Map<String, NewRoom.Translation> translations) {
		String name = Arrays.stream(code.split("-"))
			.map((word) -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
			.collect(Collectors.joining(" "));
		return new NewRoom(code, name, "By the pool", "A quiet villa by the garden.", 2, 1, 3, "1 king bed", 48,
				List.of("Private pool", "Air conditioning"), Money.of(rate, CurrencyCode.USD), 1, units, null,
				translations);
	}

	static VillaDetails villa() {
		return new VillaDetails("Villa Pondok Sari", null, null, "Jalan Raya Sayan 88", "Ubud", "Bali", "id", null,
				null, null, null, null, ZoneId.of("Asia/Makassar"), LocalTime.of(14, 0), LocalTime.of(12, 0), null,
				"PondokSari-Guest", "terimakasih88", CurrencyCode.USD, new BigDecimal("11"), new BigDecimal("10"),
				new BigDecimal("30"), 14, new CancellationPolicy(7, new BigDecimal("50")));
	}

	private static NewSeasonalRate season(String name, String start, String end, String rate) {
		return new NewSeasonalRate(name, LocalDate.parse(start), LocalDate.parse(end), Money.of(rate, CurrencyCode.USD),
				1);
	}

	static byte[] png() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB), "png", bytes);
		return bytes.toByteArray();
	}

}
