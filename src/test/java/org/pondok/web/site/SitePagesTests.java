package org.pondok.web.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingReference;
import org.pondok.booking.BookingStatus;
import org.pondok.booking.BookingView;
import org.pondok.booking.ManageLinks;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.NewRoom;
import org.pondok.inventory.Inventory;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;
import org.pondok.shared.StayPeriod;
import org.pondok.system.SystemSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The guest site on the demo villa: every page in the guest's language and currency, data
 * escaped, the booking path making a booking and refusing bad input, manage booking
 * finding and cancelling it, the search engines' files.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:site-pages-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=true", "pondok.data-dir=target/site-pages-tests", "pondok.admin-password=admin-password-x1",
		"pondok.demo-staff-password=staff-password-x1", "pondok.base-url=https://villa.example" })
@AutoConfigureMockMvc
class SitePagesTests {

	private static final AtomicInteger FAR = new AtomicInteger(200);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	BookingManagement bookings;

	@Autowired
	Catalog catalog;

	@Autowired
	Inventory inventory;

	@Autowired
	SystemSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ManageLinks links;

	@Test
	void theHomePageShowsTheVillaRoomsAndPackagesWithItsFindableParts() throws Exception {
		MvcTestResult home = this.mvc.get().uri("/").exchange();

		assertThat(home).hasStatusOk();
		assertThat(home).bodyText()
			.contains("<html lang=\"en\"", "Master Suite", "Romantic Getaway", "/rooms/master-suite",
					"/packages/romantic-getaway", "$450.00", "application/ld+json", "LodgingBusiness",
					"hreflang=\"de\" href=\"https://villa.example/?lang=de\"", "hreflang=\"x-default\"",
					"property=\"og:title\"", "<meta name=\"description\"", "/js/site.js");
		String body = home.getResponse().getContentAsString();
		assertThat(body.split("<img ", -1).length - 1).as("gallery images").isGreaterThan(1);
		assertThat(body).containsPattern("<img [^>]*width=\"1600\" height=\"900\"");
		assertThat(body.indexOf("loading=\"lazy\"")).as("the first picture is not lazy")
			.isGreaterThan(body.indexOf("<img "));
	}

	@Test
	void theHomePageWithEveryStylesheetAndScriptItLoadsWeighsUnder200Kilobytes() throws Exception {
		String body = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		java.util.regex.Matcher referenced = java.util.regex.Pattern
			.compile("<link\\b[^>]*\\brel=\"stylesheet\"[^>]*\\bhref=\"([^\"]+)\"|<script\\b[^>]*\\bsrc=\"([^\"]+)\"")
			.matcher(body);
		List<String> assets = new java.util.ArrayList<>();
		while (referenced.find()) {
			assets.add((referenced.group(1) != null) ? referenced.group(1) : referenced.group(2));
		}
		assertThat(assets).contains("/css/site.css", "/js/site.js").anyMatch((asset) -> asset.contains("htmx"));

		long total = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
		for (String asset : assets) {
			MvcTestResult fetched = this.mvc.get().uri(asset).exchange();
			assertThat(fetched).as(asset).hasStatusOk();
			total += fetched.getResponse().getContentAsByteArray().length;
		}

		System.out.printf("home page: %d bytes of HTML, CSS and JS in %d files%n", total, assets.size() + 1);
		assertThat(total).as("home page HTML, CSS and JS").isLessThan(200_000);
	}

	@Test
	void everyLanguageIsSpokenAndSticksAndTheBrowsersLanguageIsHeard() throws Exception {
		Map<String, String> words = Map.of("en", "Show prices", "id", "Lihat harga", "de", "Preise anzeigen", "fr",
				"Voir les prix", "it", "Mostra i prezzi", "ko", "요금 보기", "ja", "料金を見る", "zh", "查看价格", "ru",
				"Показать цены");
		words.forEach((lang, word) -> {
			MvcTestResult page = this.mvc.get().uri("/?lang=" + lang).exchange();
			assertThat(page).as(lang).hasStatusOk();
			assertThat(page).as(lang).bodyText().contains("<html lang=\"" + lang + "\"", word);
			assertThat(page).as(lang).cookies().containsCookie("pondok-lang");
		});

		assertThat(this.mvc.get().uri("/").header("Accept-Language", "es-ES,de;q=0.8,en;q=0.5")).bodyText()
			.contains("<html lang=\"de\"", "Preise anzeigen");
		assertThat(this.mvc.get().uri("/").header("Accept-Language", "es-ES")).bodyText().contains("<html lang=\"en\"");
		assertThat(this.mvc.get().uri("/?lang=es")).bodyText().contains("<html lang=\"en\"");
		assertThat(this.mvc.get().uri("/").cookie(new Cookie("pondok-lang", "ja"))).bodyText()
			.contains("<html lang=\"ja\"");
	}

	@Test
	void pricesShowInTheChosenCurrencyAndRupiahHaveNoDecimals() throws Exception {
		MvcTestResult rupiah = this.mvc.get().uri("/?currency=IDR&lang=id").exchange();

		assertThat(rupiah).hasStatusOk();
		assertThat(rupiah).cookies().hasValue("pondok-currency", "IDR");
		String body = rupiah.getResponse().getContentAsString();
		assertThat(body).containsPattern("Rp[\\s\u00a0]?[0-9]{1,3}(\\.[0-9]{3})+<")
			.doesNotContainPattern("Rp[\\s\u00a0]?[0-9.]+,[0-9]{2}");

		MvcTestResult euros = this.mvc.get()
			.uri("/")
			.cookie(new Cookie("pondok-currency", "EUR"))
			.header("Accept-Language", "de")
			.exchange();
		assertThat(euros).bodyText().containsPattern("[0-9]{1,3}(\\.[0-9]{3})*,[0-9]{2}[\\s\u00a0]€");
		assertThat(this.mvc.get().uri("/?currency=XYZ")).hasStatusOk().bodyText().contains("$450.00");
	}

	@Test
	void aPagePerRoomAndPerPackageAndNoneForAnUnknownCode() throws Exception {
		assertThat(this.mvc.get().uri("/rooms/deluxe-suite?lang=fr")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"fr\"", "Suite Deluxe", "Nuits libres", "<title>", "1 lit king size",
					"Climatisation");
		assertThat(this.mvc.get().uri("/packages/wellness-retreat")).hasStatusOk()
			.bodyText()
			.contains("Wellness Retreat", "With these rooms");
		assertThat(this.mvc.get().uri("/rooms/no-such-room")).hasStatus(404);
		assertThat(this.mvc.get().uri("/packages/no-such-package")).hasStatus(404);
	}

	@Test
	void theSearchListsEveryRoomWithItsFullPriceAndTheCalendarShowsTakenNights() throws Exception {
		LocalDate in = far();
		this.inventory.block(this.catalog.requireRoom("master-suite").units().get(0).id(),
				new StayPeriod(in.plusDays(1), in.plusDays(2)), "site test", "test");

		MvcTestResult search = this.mvc.get()
			.uri("/search?room=master-suite&checkIn={in}&checkOut={out}&adults=2&children=0&currency=EUR", in,
					in.plusDays(3))
			.exchange();

		assertThat(search).hasStatusOk();
		assertThat(search).bodyText()
			.contains("Master Suite", "Deluxe Suite", "Family Room", "Standard Room", "Economy Room", "€",
					"action=\"/book\"")
			.contains("data-date=\"" + in.plusDays(1) + "\"");
		String body = search.getResponse().getContentAsString();
		String takenCell = body.substring(body.indexOf("data-date=\"" + in.plusDays(1) + "\""));
		takenCell = takenCell.substring(0, takenCell.indexOf("</td>"));
		assertThat(body).contains("Sold out on at least one of these nights.");
		assertThat(takenCell).doesNotContain("<a ");

		assertThat(this.mvc.get().uri("/search?checkIn=2001-01-01&checkOut=2001-01-03")).hasStatusOk()
			.bodyText()
			.contains("Check-in cannot be in the past.");
		assertThat(this.mvc.get().uri("/search?checkIn=nonsense&checkOut={out}", in)).bodyText()
			.contains("Please enter a date.");
	}

	@Test
	void theBookingPathMakesAPendingBankTransferBookingInTheGuestsCurrency() throws Exception {
		LocalDate in = far();
		Visitor session = new Visitor();
		MvcTestResult start = as(session,
				this.mvc.get()
					.uri("/book?room=deluxe-suite&checkIn={in}&checkOut={out}&adults=2&children=0", in, in.plusDays(3))
					.header("Accept-Language", "de")
					.cookie(new Cookie("pondok-currency", "EUR")));
		assertThat(start).hasStatusOk().bodyText().contains("Paket", "name=\"key\"");
		String key = value(start.getResponse().getContentAsString(), "key");

		Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("room", "deluxe-suite", "checkIn",
				in.toString(), "checkOut", in.plusDays(3).toString(), "key", key, "offer", ""));
		assertThat(post("/book", form, "package", session)).hasStatusOk().bodyText().contains("name=\"adults\"");
		form.put("adults", "2");
		form.put("children", "0");
		assertThat(post("/book", form, "guests", session)).hasStatusOk().bodyText().contains("name=\"firstName\"");
		form.putAll(Map.of("firstName", "Anna", "lastName", "<b>Müller</b>", "email", "not-an-email"));
		MvcTestResult badEmail = post("/book", form, "details", session);
		assertThat(badEmail).hasStatusOk()
			.bodyText()
			.contains("Bitte geben Sie eine gültige E-Mail-Adresse ein.", "&lt;b&gt;Müller&lt;/b&gt;")
			.doesNotContain("<b>Müller</b>");
		form.put("email", "anna.site@example.de");
		form.put("country", "DE");
		assertThat(post("/book", form, "details", session)).hasStatusOk().bodyText().contains("bank_transfer");
		form.put("payment", "bank_transfer");
		MvcTestResult review = post("/book", form, "payment", session);
		assertThat(review).hasStatusOk()
			.bodyText()
			.contains("Stornierung", "Gesamt", "Servicegebühr", "€", "action=\"/book/confirm\"");
		String quoted = value(review.getResponse().getContentAsString(), "quoted");
		long before = count();
		form.put("quoted", "1" + quoted);
		assertThat(post("/book/confirm", form, "review", session)).as("a price other than the one reviewed")
			.hasStatusOk()
			.bodyText()
			.contains("Der Preis dieses Aufenthalts hat sich geändert", "name=\"quoted\" value=\"" + quoted + "\"");
		assertThat(count()).isEqualTo(before);
		form.put("quoted", quoted);

		MvcTestResult booked = post("/book/confirm", form, "review", session);

		assertThat(booked).hasStatus3xxRedirection();
		String location = booked.getResponse().getRedirectedUrl();
		assertThat(location).matches("/booking/BK-\\d{6}/confirmation");
		String reference = location.split("/")[2];
		BookingView booking = this.bookings.booking(BookingReference.parse(reference));
		assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
		assertThat(booking.price().currency()).isEqualTo(CurrencyCode.EUR);
		assertThat(booking.guest().language()).isEqualTo("de");
		assertThat(booking.guest().lastName()).isEqualTo("<b>Müller</b>");
		assertThat(count()).isEqualTo(before + 1);
		assertThat(post("/book/confirm", form, "review", session)).as("a second click books nothing more")
			.hasStatus3xxRedirection()
			.hasRedirectedUrl(location);
		assertThat(count()).isEqualTo(before + 1);

		MvcTestResult confirmation = as(session, this.mvc.get().uri(location).header("Accept-Language", "de"));
		assertThat(confirmation).hasStatusOk()
			.bodyText()
			.contains(reference, "Banküberweisung", "CENAIDJA", "Bank Central Asia", "&lt;b&gt;Müller&lt;/b&gt;");
		assertThat(this.mvc.get().uri(location)).as("another browser sees nothing")
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/booking/manage");
	}

	@Test
	void badInputIsToldNextToItsFieldAndNothingIsStored() throws Exception {
		LocalDate in = far();
		long before = count();
		Map<String, String> form = new java.util.LinkedHashMap<>(
				Map.of("room", "economy-room", "checkIn", in.toString(), "checkOut", in.plusDays(2).toString(), "key",
						"k-" + in, "adults", "9", "children", "0"));

		assertThat(post("/book", form, "guests", new Visitor())).hasStatusOk()
			.bodyText()
			.contains("aria-invalid=\"true\"", "Dieses Zimmer ist für 1 bis");
		form.putAll(Map.of("adults", "2", "firstName", "", "lastName", "Ayu", "email", "putu@example.id", "payment",
				"bank_transfer"));
		assertThat(post("/book/confirm", form, "review", new Visitor())).hasStatusOk()
			.bodyText()
			.contains("Bitte ausfüllen.");
		form.put("firstName", "Putu");
		form.remove("payment");
		assertThat(post("/book/confirm", form, "review", new Visitor())).hasStatusOk()
			.bodyText()
			.contains("Bitte wählen Sie eine Zahlungsart.", "aria-describedby=\"payment-error\"");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void onlyWaysToPayThatWorkAreOfferedAndPostingAnotherIsToldNotFailed() throws Exception {
		LocalDate in = far();
		long before = count();
		Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("room", "standard-room", "checkIn",
				in.toString(), "checkOut", in.plusDays(2).toString(), "key", "pay-" + in, "adults", "1", "children",
				"0", "firstName", "Putu", "lastName", "Ayu", "email", "putu@example.id"));

		MvcTestResult payment = post("/book", form, "details", new Visitor());

		assertThat(payment).hasStatusOk().bodyText().contains("name=\"payment\" value=\"bank_transfer\"");
		assertThat(payment.getResponse().getContentAsString().toLowerCase(java.util.Locale.ROOT))
			.doesNotContain("stripe", "paypal", "value=\"card\"");
		for (String method : List.of("stripe", "paypal", "STRIPE", "cash", "ota")) {
			form.put("payment", method);
			MvcTestResult refused = post("/book/confirm", form, "review", new Visitor());
			assertThat(refused).as(method).hasStatusOk();
			assertThat(refused).as(method)
				.bodyText()
				.contains("Diese Zahlungsart wird nicht angeboten.", "name=\"payment\" value=\"bank_transfer\"");
		}
		form.put("payment", "bitcoin");
		assertThat(post("/book/confirm", form, "review", new Visitor())).hasStatusOk()
			.bodyText()
			.contains("Bitte wählen Sie eine Zahlungsart.");
		assertThat(count()).isEqualTo(before);

		this.settings.update("payment.bank_transfer_enabled", false, "test");
		try {
			form.remove("payment");
			assertThat(post("/book", form, "details", new Visitor())).hasStatusOk()
				.bodyText()
				.contains("Online buchen ist im Moment nicht möglich.")
				.doesNotContain("name=\"payment\"");
			form.put("payment", "bank_transfer");
			assertThat(post("/book/confirm", form, "review", new Visitor())).hasStatusOk()
				.bodyText()
				.contains("Diese Zahlungsart wird nicht angeboten.");
			assertThat(count()).isEqualTo(before);
		}
		finally {
			this.settings.update("payment.bank_transfer_enabled", true, "test");
		}
	}

	@Test
	void theBookingModulesRefusalsReachTheGuestInTheGuestsLanguage() throws Exception {
		this.catalog.addRoom(new NewRoom("site-min-three", "Min Three Room", null, null, 2, 1, 2, null, null, List.of(),
				Money.of("90", CurrencyCode.USD), 3, 1, null, Map.of()));
		LocalDate in = far();

		MvcTestResult german = as(new Visitor(),
				this.mvc.get()
					.uri("/book?room=site-min-three&checkIn={in}&checkOut={out}&adults=2&children=0", in,
							in.plusDays(1))
					.header("Accept-Language", "de"));
		assertThat(german).hasStatusOk()
			.bodyText()
			.contains("An diesen Daten ist dieses Zimmer ab 3 Nächten buchbar.")
			.doesNotContain("at least", "??");
		MvcTestResult japanese = this.mvc.get()
			.uri("/search?checkIn={in}&checkOut={out}&adults=2&children=0&lang=ja", in, in.plusDays(1))
			.exchange();
		assertThat(japanese).hasStatusOk()
			.bodyText()
			.contains("この日程では、この客室は3泊以上からのご予約となります。")
			.doesNotContain("Minimum stay", "??");
		assertThat(this.mvc.get()
			.uri("/search?checkIn={in}&checkOut={out}&adults=3&children=0&lang=ja", in, in.plusDays(3))
			.exchange()).bodyText().contains("この客室は大人1～2名です。").doesNotContain("Sleeps at most");
		assertThat(this.mvc.get()
			.uri("/search?checkIn={in}&checkOut={out}&adults=2&children=1&lang=ja", in, in.plusDays(4))
			.exchange()).bodyText().contains("この客室のご利用は2名までです。");
		assertThat(this.mvc.get().uri("/search?checkIn={in}&checkOut={out}&lang=de", in, in.plusDays(40)).exchange())
			.bodyText()
			.contains("Ein Aufenthalt dauert höchstens 30 Nächte.");

		Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("room", "site-min-three", "checkIn",
				in.toString(), "checkOut", in.plusDays(1).toString(), "key", "refused-" + in, "adults", "2", "children",
				"0", "firstName", "Putu", "lastName", "Ayu", "email", "putu@example.id"));
		form.put("payment", "bank_transfer");
		MvcTestResult confirm = as(new Visitor(),
				this.mvc.post()
					.uri("/book/confirm")
					.param("step", "review")
					.with(csrf())
					.header("Accept-Language", "ja")
					.params(multi(form)));
		assertThat(confirm).hasStatusOk().bodyText().contains("<html lang=\"ja\"", "この日程では、この客室は3泊以上からのご予約となります。");
		form.putAll(Map.of("room", "deluxe-suite", "offer", "wellness-retreat", "checkOut", in.plusDays(2).toString(),
				"key", "refused-2-" + in));
		assertThat(post("/book", form, "package", new Visitor())).hasStatusOk()
			.bodyText()
			.contains("Dieses Paket setzt einen Aufenthalt ab 4 Nächten voraus.");
	}

	@Test
	void aTakenNightIsToldWithAWayBackToTheSearch() throws Exception {
		this.catalog.addRoom(new NewRoom("site-single-room", "Single Room", null, null, 2, 0, 2, null, null, List.of(),
				Money.of("50", CurrencyCode.USD), 1, 1, null, Map.of()));
		LocalDate in = far();
		this.inventory.block(this.catalog.requireRoom("site-single-room").units().get(0).id(),
				new StayPeriod(in, in.plusDays(1)), "site test", "test");
		Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("room", "site-single-room", "checkIn",
				in.toString(), "checkOut", in.plusDays(2).toString(), "key", "taken-" + in, "adults", "1", "children",
				"0", "firstName", "Putu", "lastName", "Ayu", "email", "putu@example.id"));
		form.put("payment", "bank_transfer");

		MvcTestResult taken = post("/book/confirm", form, "review", new Visitor());

		assertThat(taken).hasStatusOk()
			.bodyText()
			.contains("diese Nächte in diesem Zimmer nicht mehr frei", "/search?checkIn=" + in);
	}

	@Test
	void manageBookingFindsByReferenceAndEmailAndCancelsUnderThePolicy() throws Exception {
		LocalDate in = far();
		Visitor booking = new Visitor();
		Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("room", "standard-room", "checkIn",
				in.toString(), "checkOut", in.plusDays(2).toString(), "key", "manage-" + in, "adults", "1", "children",
				"0", "firstName", "Ketut", "lastName", "Rai", "email", "ketut@example.id"));
		form.put("payment", "bank_transfer");
		String reference = bookAfterTheReview(form, booking).getResponse().getRedirectedUrl().split("/")[2];

		Visitor other = new Visitor();
		MvcTestResult wrong = as(other,
				this.mvc.post()
					.uri("/booking/manage")
					.param("reference", reference)
					.param("email", "someone@example.id")
					.with(csrf()));
		MvcTestResult unknown = as(other,
				this.mvc.post()
					.uri("/booking/manage")
					.param("reference", "BK-999999")
					.param("email", "ketut@example.id")
					.with(csrf()));
		assertThat(wrong).hasStatusOk().bodyText().contains("We could not find a booking");
		assertThat(unknown).hasStatusOk().bodyText().contains("We could not find a booking");
		assertThat(as(other, this.mvc.get().uri("/booking/manage/" + reference))).hasStatus3xxRedirection();

		MvcTestResult found = as(other,
				this.mvc.post()
					.uri("/booking/manage")
					.param("reference", reference.toLowerCase())
					.param("email", " Ketut@Example.id ")
					.with(csrf()));
		assertThat(found).hasStatus3xxRedirection().hasRedirectedUrl("/booking/manage/" + reference);
		assertThat(as(other, this.mvc.get().uri("/booking/manage/" + reference))).hasStatusOk()
			.bodyText()
			.contains(reference, "Ketut Rai", "Cancel this booking");
		assertThat(as(other, this.mvc.get().uri("/booking/manage/" + reference + "/cancel"))).hasStatusOk()
			.bodyText()
			.contains("Refund due", "Cancellation fee", "Yes, cancel my booking");

		MvcTestResult cancelled = as(other,
				this.mvc.post().uri("/booking/manage/" + reference + "/cancel").with(csrf()));

		assertThat(cancelled).hasStatus3xxRedirection();
		assertThat(this.bookings.booking(BookingReference.parse(reference)).status())
			.isEqualTo(BookingStatus.CANCELLED);
		assertThat(this.inventory.heldBy(org.pondok.inventory.Holder.BOOKING, reference)).isEmpty();
	}

	@Test
	void theConfirmationsLinkOpensTheBookingElsewhereAndAWrongLinkIsAFailedLookUp() throws Exception {
		LocalDate in = far();
		Visitor booker = new Visitor();
		Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("room", "standard-room", "checkIn",
				in.toString(), "checkOut", in.plusDays(2).toString(), "key", "link-" + in, "adults", "1", "children",
				"0", "firstName", "Wayan", "lastName", "Link", "email", "wayan.link@example.id"));
		form.put("payment", "bank_transfer");
		String location = bookAfterTheReview(form, booker).getResponse().getRedirectedUrl();
		String reference = location.split("/")[2];

		MvcTestResult confirmation = as(booker, this.mvc.get().uri(location).header("Accept-Language", "de"));

		assertThat(confirmation).hasStatusOk().bodyText().contains("Diesen Link aufbewahren");
		java.util.regex.Matcher found = java.util.regex.Pattern
			.compile("https://villa\\.example/booking/manage/" + reference + "\\?t=([A-Za-z0-9_-]{43})")
			.matcher(confirmation.getResponse().getContentAsString());
		assertThat(found.find()).as("the link on the confirmation page").isTrue();
		String link = found.group(0).substring("https://villa.example".length());
		String token = found.group(1);
		assertThat(this.links.url(BookingReference.parse(reference), " Wayan.Link@Example.id"))
			.as("the link the e-mails will carry")
			.isEqualTo(found.group(0));

		Visitor elsewhere = new Visitor();
		assertThat(as(elsewhere, this.mvc.get().uri(link).with(from("10.0.5.1")))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/booking/manage/" + reference);
		assertThat(as(elsewhere, this.mvc.get().uri("/booking/manage/" + reference))).hasStatusOk()
			.bodyText()
			.contains(reference, "Wayan Link", "Cancel this booking");

		Visitor guesser = new Visitor();
		String wrong = token.substring(0, 42) + ((token.charAt(42) == 'A') ? 'B' : 'A');
		List<String> guesses = List.of("/booking/manage/" + reference + "?t=" + wrong,
				"/booking/manage/" + reference + "?t=", "/booking/manage/BK-999999?t=" + token,
				"/booking/manage/not-a-reference?t=" + token);
		for (int i = 0; i < LookupAttempts.MAX_FAILURES; i++) {
			String guess = guesses.get(i % guesses.size());
			MvcTestResult failed = as(guesser, this.mvc.get().uri(guess).with(from("10.0.5.2")));
			assertThat(failed).as(guess).hasStatusOk();
			assertThat(failed).as(guess).bodyText().contains("We could not find a booking");
		}
		assertThat(as(guesser, this.mvc.get().uri("/booking/manage/" + reference))).as("nothing was opened")
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/booking/manage");
		assertThat(as(guesser, this.mvc.get().uri(link).with(from("10.0.5.2")))).as("the right link, too late")
			.hasStatusOk()
			.bodyText()
			.contains("Too many attempts.");
		assertThat(as(guesser,
				this.mvc.post()
					.uri("/booking/manage")
					.param("reference", reference)
					.param("email", "wayan.link@example.id")
					.with(csrf())
					.with(from("10.0.5.2"))))
			.as("links and look-ups share one limit")
			.bodyText()
			.contains("Too many attempts.");
		assertThat(as(new Visitor(), this.mvc.get().uri(link).with(from("10.0.5.3")))).hasStatus3xxRedirection();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void searchEnginesGetASitemapWithEveryLanguageAndRobotsRules() throws Exception {
		MvcTestResult sitemap = this.mvc.get().uri("/sitemap.xml").exchange();
		assertThat(sitemap).hasStatusOk();
		assertThat(sitemap).bodyText()
			.contains("<loc>https://villa.example/rooms/master-suite?lang=ko</loc>",
					"<loc>https://villa.example/packages/romantic-getaway?lang=ru</loc>",
					"hreflang=\"zh\" href=\"https://villa.example/?lang=zh\"");
		assertThat(this.mvc.get().uri("/robots.txt")).hasStatusOk()
			.bodyText()
			.contains("Disallow: /staff", "Disallow: /api", "Sitemap: https://villa.example/sitemap.xml");
	}

	@Test
	void guestPagesAnswerTheMaintenanceNotice() throws Exception {
		this.settings.update(SystemSettings.MAINTENANCE_MODE, true, "test");
		try {
			for (String page : List.of("/", "/search", "/book?room=deluxe-suite", "/booking/manage",
					"/rooms/deluxe-suite", "/sitemap.xml")) {
				assertThat(this.mvc.get().uri(page)).as(page).hasStatus(503);
			}
		}
		finally {
			this.settings.update(SystemSettings.MAINTENANCE_MODE, false, "test");
		}
	}

	private static org.springframework.util.MultiValueMap<String, String> multi(Map<String, String> form) {
		org.springframework.util.LinkedMultiValueMap<String, String> values = new org.springframework.util.LinkedMultiValueMap<>();
		form.forEach(values::add);
		return values;
	}

	/**
	 * Shows the review and books with the total it shows, as the review's form does.
	 */
	private MvcTestResult bookAfterTheReview(Map<String, String> form, Visitor session) throws Exception {
		MvcTestResult review = post("/book", form, "payment", session);
		form.put("quoted", value(review.getResponse().getContentAsString(), "quoted"));
		return post("/book/confirm", form, "review", session);
	}

	private MvcTestResult post(String path, Map<String, String> form, String step, Visitor session) {
		var request = this.mvc.post().uri(path).param("step", step).with(csrf());
		form.forEach(request::param);
		return as(session, request.header("Accept-Language", "de").cookie(new Cookie("pondok-currency", "EUR")));
	}

	/**
	 * Sends the request with the visitor's session cookie, and keeps the one it gets.
	 */
	private static MvcTestResult as(Visitor visitor, MockMvcTester.MockMvcRequestBuilder request) {
		if (visitor.session != null) {
			request.cookie(visitor.session);
		}
		MvcTestResult result = request.exchange();
		Cookie session = result.getResponse().getCookie("SESSION");
		if (session != null) {
			visitor.session = session;
		}
		return result;
	}

	/**
	 * One browser: its session cookie.
	 */
	private static final class Visitor {

		private Cookie session;

	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM bookings").query(Long.class).single();
	}

	private LocalDate far() {
		return this.catalog.today().plusDays(FAR.getAndAdd(5));
	}

	private static String value(String html, String name) {
		int at = html.indexOf("name=\"" + name + "\"");
		String rest = html.substring(at);
		int value = rest.indexOf("value=\"") + 7;
		return rest.substring(value, rest.indexOf('"', value));
	}

}
