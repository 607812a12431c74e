package org.pondok.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.pondok.catalog.CancellationPolicy;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.HeroCaption;
import org.pondok.catalog.NewPackage;
import org.pondok.catalog.NewRoom;
import org.pondok.catalog.VillaDetails;
import org.pondok.catalog.VillaTexts;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo property: Villa Pondok Sari in Ubud, its five rooms (one unit each), three
 * packages and a gallery of pictures painted by {@link DemoPictures}. Its texts are in
 * the site's nine languages, read from {@code demo/catalog*.properties}. No seasonal
 * rates, so demo bookings are priced at the base rates.
 */
@Component
class DemoCatalog {

	private static final List<String> LANGUAGES = List.of("en", "id", "de", "fr", "it", "ko", "ja", "zh", "ru");

	private static final List<String> ROOMS = List.of("master-suite", "deluxe-suite", "family-room", "standard-room",
			"economy-room");

	private final Catalog catalog;

	DemoCatalog(Catalog catalog) {
		this.catalog = catalog;
	}

	void load() {
		Map<String, Properties> texts = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			texts.put(language, texts(language));
		}
		villa(texts);
		rooms(texts);
		packages(texts);
		gallery(texts);
	}

	private void villa(Map<String, Properties> texts) {
		Properties english = texts.get("en");
		this.catalog.saveVilla(new VillaDetails("Villa Pondok Sari", text(english, "villa.tagline"),
				text(english, "villa.description"), "Jalan Raya Sayan No. 88, Sayan", "Ubud", "Gianyar, Bali", "ID",
				"80571", "+62 361 975 188", "stay@villa-pondok-sari.example", "+62 812 3975 1888",
				"https://villa-pondok-sari.example", ZoneId.of("Asia/Makassar"), LocalTime.of(14, 0),
				LocalTime.of(12, 0), text(english, "villa.houseRules"), "PondokSari-Guest", "terimakasih88",
				CurrencyCode.USD, new BigDecimal("11"), new BigDecimal("10"), new BigDecimal("30"), 14,
				new CancellationPolicy(7, new BigDecimal("50"))));
		translated(texts).forEach(
				(language, other) -> this.catalog.translateVilla(language, new VillaTexts(text(other, "villa.tagline"),
						text(other, "villa.description"), text(other, "villa.houseRules"))));
	}

	private void rooms(Map<String, Properties> texts) {
		room("master-suite", texts, 2, 2, 4, 95, "450.00");
		room("deluxe-suite", texts, 2, 1, 3, 60, "250.00");
		room("family-room", texts, 4, 2, 6, 70, "180.00");
		room("standard-room", texts, 2, 1, 3, 32, "120.00");
		room("economy-room", texts, 2, 0, 2, 20, "85.00");
	}

	private void room(String code, Map<String, Properties> texts, int adults, int children, int occupancy, int sizeSqm,
			String rate) {
		String key = "room." + code + ".";
		Properties english = texts.get("en");
		Map<String, NewRoom.Translation> translations = new LinkedHashMap<>();
		translated(texts)
			.forEach((language, other) -> translations.put(language, new NewRoom.Translation(text(other, key + "name"),
					text(other, key + "summary"), text(other, key + "description"))));
		this.catalog.addRoom(new NewRoom(code, text(english, key + "name"), text(english, key + "summary"),
				text(english, key + "description"), adults, children, occupancy, text(english, key + "beds"), sizeSqm,
				list(english, key + "amenities"), Money.of(rate, CurrencyCode.USD), 1, 1, null, translations));
		translated(texts).forEach((language, other) -> this.catalog.translateRoomDetails(code, language,
				text(other, key + "beds"), list(other, key + "amenities")));
	}

	private void packages(Map<String, Properties> texts) {
		offer("romantic-getaway", texts, "599.00", 2, List.of("master-suite", "deluxe-suite"));
		offer("adventure-explorer", texts, "899.00", 3, ROOMS);
		offer("wellness-retreat", texts, "1299.00", 4, List.of("master-suite", "deluxe-suite", "standard-room"));
	}

	private void offer(String code, Map<String, Properties> texts, String price, int minNights,
			List<String> roomCodes) {
		String key = "package." + code + ".";
		Properties english = texts.get("en");
		Map<String, NewPackage.Translation> translations = new LinkedHashMap<>();
		translated(texts).forEach((language, other) -> translations.put(language,
				new NewPackage.Translation(text(other, key + "name"), text(other, key + "summary"),
						text(other, key + "description"), list(other, key + "inclusions"))));
		this.catalog.addPackage(new NewPackage(code, text(english, key + "name"), text(english, key + "summary"),
				text(english, key + "description"), list(english, key + "inclusions"),
				Money.of(price, CurrencyCode.USD), minNights, roomCodes, translations));
	}

	private void gallery(Map<String, Properties> texts) {
		List<DemoPictures.Picture> pictures = DemoPictures.all();
		for (int i = 0; i < pictures.size(); i++) {
			String key = "hero." + (i + 1) + ".";
			DemoPictures.Picture picture = pictures.get(i);
			long mediaId = this.catalog.addMedia(picture.fileName(), "image/jpeg", picture.jpeg());
			Map<String, HeroCaption> translations = new LinkedHashMap<>();
			translated(texts).forEach((language, other) -> translations.put(language,
					new HeroCaption(text(other, key + "title"), text(other, key + "caption"))));
			this.catalog.addHeroImage(mediaId, text(texts.get("en"), key + "title"),
					text(texts.get("en"), key + "caption"), translations);
		}
	}

	private static Map<String, Properties> translated(Map<String, Properties> texts) {
		Map<String, Properties> others = new LinkedHashMap<>(texts);
		others.remove("en");
		return others;
	}

	private static Properties texts(String language) {
		String name = "demo/catalog" + (language.equals("en") ? "" : "_" + language) + ".properties";
		Properties texts = new Properties();
		try (InputStream in = new ClassPathResource(name).getInputStream()) {
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo's texts " + name, ex);
		}
		return texts;
	}

	private static String text(Properties texts, String key) {
		String text = texts.getProperty(key);
		if (text == null || text.isBlank()) {
			throw new IllegalStateException("The demo's texts lack " + key);
		}
		return text.strip();
	}

	private static List<String> list(Properties texts, String key) {
		return List.of(text(texts, key).split("\\s*\\|\\s*"));
	}

}
