package org.pondok.demo;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.pondok.catalog.CancellationPolicy;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.HeroCaption;
import org.pondok.catalog.NewPackage;
import org.pondok.catalog.NewRoom;
import org.pondok.catalog.VillaDetails;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import org.springframework.stereotype.Component;

/**
 * The demo property: Villa Pondok Sari in Ubud, its five rooms (one unit each), three
 * packages and a gallery of pictures painted by {@link DemoPictures}. Texts in English
 * and Indonesian. No seasonal rates, so demo bookings are priced at the base rates.
 */
@Component
class DemoCatalog {

	private static final String INDONESIAN = "id";

	private final Catalog catalog;

	DemoCatalog(Catalog catalog) {
		this.catalog = catalog;
	}

	void load() {
		villa();
		rooms();
		packages();
		gallery();
	}

	private void villa() {
		this.catalog.saveVilla(new VillaDetails("Villa Pondok Sari", "A quiet villa among the rice fields of Ubud",
				"Villa Pondok Sari is a family-run villa on the edge of the Sayan ridge, ten minutes from the centre "
						+ "of Ubud. Five rooms open onto a tropical garden, a saltwater infinity pool looks over the "
						+ "Ayung river valley, and breakfast is cooked to order from the village market. Our team "
						+ "arranges drivers, temple visits, cooking classes and sunrise treks up Mount Batur.",
				"Jalan Raya Sayan No. 88, Sayan", "Ubud", "Gianyar, Bali", "ID", "80571", "+62 361 975 188",
				"stay@villa-pondok-sari.example", "+62 812 3975 1888", "https://villa-pondok-sari.example",
				ZoneId.of("Asia/Makassar"), LocalTime.of(14, 0), LocalTime.of(12, 0), """
						Check-in from 14:00, check-out by 12:00; ask us about early arrivals and late departures.
						Quiet hours are from 22:00 to 07:00, out of respect for our neighbours in the village.
						No smoking indoors; the garden terrace has a smoking corner.
						Please wear a sarong and sash when visiting temples; we lend them at reception.
						Pets are not allowed. Children under 12 must be supervised at the pool at all times.
						Visitors are welcome until 21:00 and are asked to sign in at reception.""", "PondokSari-Guest",
				"terimakasih88", CurrencyCode.USD, new BigDecimal("11"), new BigDecimal("10"), new BigDecimal("30"), 14,
				new CancellationPolicy(7, new BigDecimal("50"))));
	}

	private void rooms() {
		room("master-suite", "Master Suite", "Presidential luxury with butler service", """
				Our finest suite takes the whole upper floor of the main house: a four-poster king bed, a sunken \
				living room, a bathroom with a stone tub facing the jungle and a private terrace over the Ayung \
				valley. A personal butler unpacks, runs your bath and arranges private dinners on the terrace.""",
				"Suite Utama", "Kemewahan kelas presiden dengan layanan butler", """
						Suite terbaik kami menempati seluruh lantai atas rumah utama: ranjang king berkelambu, ruang \
						duduk, kamar mandi dengan bak batu menghadap hutan, dan teras pribadi di atas lembah Ayung. \
						Butler pribadi siap membantu, menyiapkan mandi, dan mengatur makan malam pribadi di teras.""",
				2, 2, 4, "1 king bed, 1 sofa bed", 95,
				List.of("Private terrace with valley view", "Butler service", "Stone bathtub and rain shower",
						"Air conditioning", "Minibar", "Nespresso machine", "Smart TV", "Free WiFi", "In-room safe",
						"Daily breakfast"),
				"450.00");
		room("deluxe-suite", "Deluxe Suite", "Spacious with city views", """
				A generous suite on the garden wing with a king bed, a lounge corner and wide windows looking \
				across the rooftops of Ubud town. The marble bathroom has a double vanity and a walk-in rain \
				shower; the balcony catches the evening light.""", "Suite Deluxe", "Luas dengan pemandangan kota", """
				Suite luas di sayap taman dengan ranjang king, sudut santai, dan jendela lebar yang \
				menghadap atap-atap kota Ubud. Kamar mandi marmer dengan wastafel ganda dan shower hujan; \
				balkonnya menangkap cahaya senja.""", 2, 1, 3, "1 king bed", 60,
				List.of("Balcony with town view", "Rain shower", "Air conditioning", "Minibar", "Smart TV", "Free WiFi",
						"In-room safe", "Daily breakfast"),
				"250.00");
		room("family-room", "Family Room", "Kid-friendly with separate areas", """
				Two connected rooms on the ground floor, steps from the shallow end of the pool: a queen bed for \
				the parents and a children's room with bunk beds and a single bed, divided by a sliding door. \
				Board games, a baby cot and a high chair are ready on request.""", "Kamar Keluarga",
				"Ramah anak dengan area terpisah", """
						Dua kamar terhubung di lantai dasar, beberapa langkah dari kolam renang dangkal: ranjang \
						queen untuk orang tua dan kamar anak dengan ranjang susun serta ranjang single, dipisahkan \
						pintu geser. Permainan, boks bayi, dan kursi makan bayi tersedia atas permintaan.""", 4, 2, 6,
				"1 queen bed, 1 bunk bed, 1 single bed", 70,
				List.of("Two connected rooms", "Garden terrace by the pool", "Air conditioning", "Baby cot on request",
						"Board games", "Smart TV", "Free WiFi", "Daily breakfast"),
				"180.00");
		room("standard-room", "Standard Room", "Comfortable garden view", """
				A calm, comfortable room overlooking the frangipani garden, with a queen bed, a writing desk and \
				a shaded veranda for morning coffee. The bathroom has a rain shower and organic toiletries made \
				in Ubud.""", "Kamar Standar", "Nyaman dengan pemandangan taman", """
				Kamar yang tenang dan nyaman menghadap taman kamboja, dengan ranjang queen, meja tulis, dan \
				beranda teduh untuk kopi pagi. Kamar mandi dengan shower hujan dan perlengkapan mandi \
				organik buatan Ubud.""", 2, 1, 3, "1 queen bed", 32,
				List.of("Garden veranda", "Rain shower", "Air conditioning", "Desk", "Free WiFi", "Daily breakfast"),
				"120.00");
		room("economy-room", "Economy Room", "Budget-friendly essentials", """
				A bright, compact room behind the garden with everything you need after a day of exploring: a \
				comfortable double bed, a fan and air conditioning, a hot shower and fast WiFi. Guests share the \
				pool, the garden and the breakfast pavilion.""", "Kamar Ekonomi", "Kebutuhan pokok yang hemat", """
				Kamar mungil yang terang di belakang taman dengan semua yang Anda butuhkan setelah seharian \
				berjalan-jalan: ranjang double yang nyaman, kipas dan AC, shower air panas, serta WiFi \
				cepat. Tamu dapat menikmati kolam renang, taman, dan paviliun sarapan.""", 2, 0, 2, "1 double bed", 20,
				List.of("Air conditioning", "Ceiling fan", "Hot shower", "Free WiFi", "Pool access"), "85.00");
	}

	private void room(String code, String name, String summary, String description, String nameId, String summaryId,
			String descriptionId, int adults, int children, int occupancy, String beds, int sizeSqm,
			List<String> amenities, String rate) {
		this.catalog.addRoom(new NewRoom(code, name, summary, description.strip(), adults, children, occupancy, beds,
				sizeSqm, amenities, Money.of(rate, CurrencyCode.USD), 1, 1, null,
				Map.of(INDONESIAN, new NewRoom.Translation(nameId, summaryId, descriptionId.strip()))));
	}

	private void packages() {
		this.catalog.addPackage(new NewPackage("romantic-getaway", "Romantic Getaway",
				"Champagne, spa and a candlelit dinner for two",
				"Celebrate with a bottle of champagne on arrival, a ninety-minute Balinese couple's massage in our "
						+ "garden spa and a four-course candlelit dinner by the pool.",
				List.of("Champagne and tropical fruit on arrival", "90-minute Balinese couple's massage",
						"Candlelit four-course dinner by the pool", "Flower petal bath", "Late check-out until 15:00"),
				Money.of("599.00", CurrencyCode.USD), 2, List.of("master-suite", "deluxe-suite"),
				Map.of(INDONESIAN, new NewPackage.Translation("Liburan Romantis",
						"Sampanye, spa, dan makan malam romantis untuk berdua",
						"Rayakan dengan sebotol sampanye saat tiba, pijat Bali untuk pasangan selama sembilan puluh "
								+ "menit di spa taman kami, dan makan malam empat hidangan diterangi lilin di tepi kolam.",
						List.of("Sampanye dan buah tropis saat tiba", "Pijat Bali 90 menit untuk pasangan",
								"Makan malam empat hidangan di tepi kolam", "Mandi kelopak bunga",
								"Check-out terlambat hingga 15:00")))));
		this.catalog.addPackage(new NewPackage("adventure-explorer", "Adventure Explorer",
				"Volcano hiking, rafting and cultural tours",
				"See Bali beyond the pool: a sunrise trek up Mount Batur, white-water rafting on the Ayung river and "
						+ "a guided day among the temples and craft villages around Ubud, with a driver throughout.",
				List.of("Sunrise trek on Mount Batur with breakfast at the crater",
						"White-water rafting on the Ayung river",
						"Full-day cultural tour with guide: Tirta Empul, Tegallalang, Mas and Celuk",
						"Private driver for all excursions", "Lunch on every tour day"),
				Money.of("899.00", CurrencyCode.USD), 3,
				List.of("master-suite", "deluxe-suite", "family-room", "standard-room", "economy-room"),
				Map.of(INDONESIAN, new NewPackage.Translation("Penjelajah Petualangan",
						"Mendaki gunung berapi, arung jeram, dan wisata budaya",
						"Jelajahi Bali lebih jauh: pendakian matahari terbit di Gunung Batur, arung jeram di sungai "
								+ "Ayung, dan sehari penuh mengunjungi pura serta desa kerajinan di sekitar Ubud, "
								+ "dengan sopir pribadi.",
						List.of("Pendakian matahari terbit di Gunung Batur dengan sarapan di kawah",
								"Arung jeram di sungai Ayung",
								"Wisata budaya sehari penuh dengan pemandu: Tirta Empul, Tegallalang, Mas, dan Celuk",
								"Sopir pribadi untuk semua perjalanan", "Makan siang setiap hari tur")))));
		this.catalog.addPackage(new NewPackage("wellness-retreat", "Wellness Retreat",
				"Yoga, meditation and organic meals",
				"Slow down for four days or more: morning yoga in the open pavilion, guided meditation at dusk, a "
						+ "daily spa treatment and three organic meals a day from our garden and local farms.",
				List.of("Daily morning yoga class", "Guided sunset meditation", "One spa treatment per day",
						"Three organic meals a day", "Balinese healer (balian) consultation",
						"Herbal jamu tonic daily"),
				Money.of("1299.00", CurrencyCode.USD), 4, List.of("master-suite", "deluxe-suite", "standard-room"),
				Map.of(INDONESIAN, new NewPackage.Translation("Retret Kebugaran", "Yoga, meditasi, dan makanan organik",
						"Melambat selama empat hari atau lebih: yoga pagi di paviliun terbuka, meditasi terpandu saat "
								+ "senja, perawatan spa setiap hari, dan tiga kali makan organik dari kebun kami dan "
								+ "petani setempat.",
						List.of("Kelas yoga pagi setiap hari", "Meditasi terpandu saat matahari terbenam",
								"Satu perawatan spa per hari", "Tiga kali makan organik sehari",
								"Konsultasi dengan balian (penyembuh Bali)", "Jamu herbal setiap hari")))));
	}

	private void gallery() {
		List<DemoPictures.Picture> pictures = DemoPictures.all();
		List<HeroCaption> english = List.of(
				new HeroCaption("Sunrise over the rice terraces",
						"Wake up to mist lifting from the paddies below the villa."),
				new HeroCaption("Sunset on the Indian Ocean", "An hour's drive to the beaches of the south coast."),
				new HeroCaption("The infinity pool", "Swim above the jungle of the Ayung river valley."),
				new HeroCaption("Mount Agung at dawn", "Bali's holy mountain, seen from our sunrise treks."),
				new HeroCaption("The frangipani garden", "Breakfast among the flowers, every morning."));
		List<HeroCaption> indonesian = List.of(
				new HeroCaption("Matahari terbit di atas sawah terasering",
						"Bangun saat kabut terangkat dari sawah di bawah vila."),
				new HeroCaption("Matahari terbenam di Samudra Hindia",
						"Satu jam berkendara ke pantai-pantai di selatan."),
				new HeroCaption("Kolam renang infinity", "Berenang di atas hutan lembah sungai Ayung."),
				new HeroCaption("Gunung Agung saat fajar", "Gunung suci Bali, dilihat dari pendakian matahari terbit."),
				new HeroCaption("Taman kamboja", "Sarapan di antara bunga, setiap pagi."));
		for (int i = 0; i < pictures.size(); i++) {
			DemoPictures.Picture picture = pictures.get(i);
			long mediaId = this.catalog.addMedia(picture.fileName(), "image/jpeg", picture.jpeg());
			this.catalog.addHeroImage(mediaId, english.get(i).title(), english.get(i).caption(),
					Map.of(INDONESIAN, indonesian.get(i)));
		}
	}

}
