package org.pondok.web.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingReference;
import org.pondok.booking.BookingRequest;
import org.pondok.booking.BookingSearch;
import org.pondok.booking.BookingSource;
import org.pondok.booking.BookingStatus;
import org.pondok.booking.BookingSummary;
import org.pondok.booking.BookingView;
import org.pondok.booking.GuestDetails;
import org.pondok.booking.PaymentMethod;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.NewRoom;
import org.pondok.catalog.RoomView;
import org.pondok.inventory.Inventory;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;
import org.pondok.shared.StayPeriod;
import org.pondok.staff.Permission;
import org.pondok.staff.Role;
import org.pondok.system.AuditTrail;
import org.pondok.system.AuditTrail.AuditSearch;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The front desk's pages on the demo villa, as Wayan Bagus (role staff) uses them:
 * today's arrivals are checked in from the dashboard, a phone booking is taken through
 * the form, guests' names are escaped everywhere, search text is literal, a refused move
 * changes nothing, and every change leaves an audit entry.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:desk-pages-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=true", "pondok.data-dir=target/desk-pages-tests", "pondok.admin-password=admin-password-x1",
		"pondok.demo-staff-password=staff-password-x1" })
@AutoConfigureMockMvc
class DeskPagesTests {

	private static final String DESK = "wayan.bagus@pondok.local";

	private static final String SCRIPT = "<script>alert(1)</script>";

	private static final String TEST_ROOM = "desk-test-room";

	private static final AtomicInteger FAR = new AtomicInteger(150);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	BookingManagement bookings;

	@Autowired
	Catalog catalog;

	@Autowired
	Inventory inventory;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void testRoom() {
		if (this.catalog.room(TEST_ROOM).isEmpty()) {
			this.catalog.addRoom(new NewRoom(TEST_ROOM, "Desk Test Room", null, null, 2, 1, 3, null, null, List.of(),
					Money.of("100", CurrencyCode.USD), 1, 1, null, Map.of()));
		}
	}

	@Test
	void theDashboardShowsTodaysArrivalAndChecksItInWithOneClick() {
		LocalDate today = this.catalog.today();
		BookingSummary arrival = find(BookingStatus.CONFIRMED, (b) -> b.stay().checkIn().equals(today));

		MvcTestResult dashboard = get("/staff", desk());

		assertThat(dashboard).hasStatusOk();
		assertThat(dashboard).bodyText()
			.contains("Arrivals", arrival.reference().value(), "Departures", "In house", "Payments due")
			.contains("/staff/bookings/" + arrival.reference().value() + "/check-in");

		MvcTestResult checkIn = post("/staff/bookings/" + arrival.reference().value() + "/check-in", desk(), "back",
				"dashboard");

		assertThat(checkIn).hasStatus3xxRedirection().hasRedirectedUrl("/staff");
		assertThat(checkIn).flash().containsKey("flash");
		assertThat(this.bookings.booking(arrival.reference()).status()).isEqualTo(BookingStatus.CHECKED_IN);
		assertThat(audited("booking.checked_in", arrival.reference().value())).isEqualTo(DESK);
	}

	@Test
	void theDemoAlwaysHasAnArrivalADepartureAndGuestsInHouseToday() {
		LocalDate today = this.catalog.today();
		List<BookingSummary> all = this.bookings.search(BookingSearch.all(), 0, 200).items();

		assertThat(all).anyMatch((b) -> b.stay().checkIn().equals(today) && b.status() == BookingStatus.CONFIRMED
				|| b.stay().checkIn().equals(today) && b.status() == BookingStatus.CHECKED_IN);
		assertThat(all).anyMatch((b) -> b.stay().checkOut().equals(today) && b.status() == BookingStatus.CHECKED_IN
				|| b.stay().checkOut().equals(today) && b.status() == BookingStatus.CHECKED_OUT);
		assertThat(all).anyMatch((b) -> b.status() == BookingStatus.CHECKED_IN && b.stay().checkOut().isAfter(today));
	}

	@Test
	void aPhoneBookingThroughTheFormIsQuotedThenMadeWithSourcePhone() {
		RoomView room = this.catalog.rooms().get(0);
		LocalDate checkIn = this.catalog.today().plusDays(FAR.getAndAdd(5));
		String[] form = { "room", room.code(), "checkIn", checkIn.toString(), "checkOut",
				checkIn.plusDays(2).toString(), "adults", "2", "children", "0", "firstName", "Ketut", "lastName",
				"Phone", "email", "ketut.phone@example.com", "phone", "+62 811 000", "country", "id", "language", "id",
				"packageCode", "", "currency", "USD", "paymentMethod", "cash", "source", "phone", "specialRequests",
				"Late arrival", "formKey", "form-key-" + checkIn };

		MvcTestResult quote = post("/staff/bookings/new", desk(), with(form, "intent", "quote"));

		assertThat(quote).hasStatusOk();
		assertThat(quote).bodyText().contains("Price and availability", "Free: 1 unit", "USD");
		long before = count();

		MvcTestResult booked = post("/staff/bookings/new", desk(), with(form, "intent", "book"));
		MvcTestResult again = post("/staff/bookings/new", desk(), with(form, "intent", "book"));

		assertThat(booked).hasStatus3xxRedirection().redirectedUrl().matches("/staff/bookings/BK-\\d{6,}");
		assertThat(again).hasRedirectedUrl(booked.getResponse().getRedirectedUrl());
		assertThat(count()).isEqualTo(before + 1);
		String reference = booked.getResponse().getRedirectedUrl().substring("/staff/bookings/".length());
		BookingView view = this.bookings.booking(new BookingReference(reference));
		assertThat(view.source()).isEqualTo(BookingSource.PHONE);
		assertThat(view.createdBy()).isEqualTo(DESK);
		assertThat(view.paymentMethod()).isEqualTo(PaymentMethod.CASH);
		assertThat(view.guest().country()).isEqualTo("ID");
		assertThat(audited("booking.created", reference)).isEqualTo(DESK);
		assertThat(get("/staff/bookings/" + reference, desk())).bodyText()
			.contains("Ketut Phone", "Late arrival", "Phone", "Cash at the desk");
	}

	@Test
	void badInputOnTheFormIsShownNextToTheFieldAndBooksNothing() {
		long before = count();

		MvcTestResult result = post("/staff/bookings/new", desk(), "room", this.catalog.rooms().get(0).code(),
				"checkIn", "2020-01-01", "checkOut", "not-a-date", "adults", "two", "children", "0", "firstName", "",
				"lastName", "X", "email", "nope", "currency", "JPY", "paymentMethod", "cash", "source", "phone",
				"intent", "book");

		assertThat(result).hasStatus(422);
		assertThat(result).bodyText()
			.contains("Nothing was booked", "Not a date (YYYY-MM-DD).", "Please fill this in.",
					"This is not an e-mail address.", "Choose a currency.")
			.doesNotContain("Exception");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aGuestNameWithAScriptIsShownEscapedOnEveryPage() {
		String reference = scriptBooking();

		for (String page : List.of("/staff", "/staff/bookings?q=alert", "/staff/bookings/" + reference,
				"/staff/calendar")) {
			MvcTestResult result = get(page, desk());
			assertThat(result).as(page).hasStatusOk();
			assertThat(result).as(page).bodyText().doesNotContain(SCRIPT).contains("&lt;script&gt;alert(1)");
		}
	}

	@Test
	void searchTextWithSqlMetacharactersIsLiteral() {
		for (String text : List.of("' OR 1=1 --", "%_", "%", "_", "\\", "; DROP TABLE bookings")) {
			MvcTestResult result = get(
					"/staff/bookings?q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8),
					desk());
			assertThat(result).as(text).hasStatusOk();
			assertThat(result).as(text).bodyText().contains("Nothing to show.").doesNotContain("BK-0000");
		}
		assertThat(get("/staff/bookings?q=bennett", desk())).bodyText().contains("Oliver Bennett");
		assertThat(count()).isGreaterThanOrEqualTo(30);
	}

	@Test
	void theListFiltersByStatusSourceRoomAndDates() {
		LocalDate today = this.catalog.today();

		MvcTestResult result = get("/staff/bookings?status=checked_in&from=" + today + "&to=" + today.plusDays(1),
				desk());

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("Checked in").doesNotContain("badge pending");
		assertThat(get("/staff/bookings?status=bogus&from=yesterday", desk())).hasStatusOk()
			.bodyText()
			.contains("Unknown status.", "Not a date.");
	}

	@Test
	void thePagerLinksTheNeighbouringPagesWithoutTheFiltersItRefused() {
		MvcTestResult first = get("/staff/bookings?status=bogus", desk());
		MvcTestResult second = get("/staff/bookings?page=1", desk());

		assertThat(first).bodyText()
			.contains("Page 1 of", "href=\"/staff/bookings?page=1\"")
			.doesNotContain("rel=\"prev\"", "bogus&amp;");
		assertThat(second).bodyText().contains("rel=\"prev\"", "href=\"/staff/bookings?page=0\"");
	}

	@Test
	void roleStaffIsRefusedNothingHereAndAMissingPermissionHidesTheButtons() {
		String reference = find(BookingStatus.CONFIRMED, (b) -> true).reference().value();
		for (String page : List.of("/staff", "/staff/bookings", "/staff/bookings/" + reference, "/staff/bookings/new",
				"/staff/calendar", "/staff/blocks", "/staff/calendar?from=2020-02-30&days=999")) {
			assertThat(get(page, desk())).as(page).hasStatusOk();
		}
		RequestPostProcessor reader = SecurityMockMvcRequestPostProcessors.user(DESK)
			.authorities(auth("bookings.read"), auth("inventory.read"));

		assertThat(get("/staff", reader)).hasStatusOk().bodyText().doesNotContain("/check-in\"", "/confirm\"");
		assertThat(get("/staff/bookings/" + reference, reader)).hasStatusOk()
			.bodyText()
			.doesNotContain("/check-in\"", "/cancel\"", "Change the stay");
		assertThat(get("/staff/blocks", reader)).hasStatusOk().bodyText().doesNotContain("Block these nights");
		assertThat(get("/staff/bookings/new", reader)).hasStatus(403);
		assertThat(post("/staff/bookings/" + reference + "/confirm", reader)).hasStatus(403);
		assertThat(post("/staff/blocks", reader, "unit", "1", "from", "2030-01-01", "to", "2030-01-02", "reason", "x"))
			.hasStatus(403);
		RequestPostProcessor nobody = SecurityMockMvcRequestPostProcessors.user("nobody@pondok.local")
			.authorities(List.of());
		assertThat(get("/staff", nobody)).hasStatusOk();
		assertThat(get("/staff/bookings", nobody)).hasStatus(403);
		assertThat(get("/staff/calendar", nobody)).hasStatus(403);
		assertThat(this.mvc.get().uri("/staff/bookings")).hasStatus3xxRedirection();
	}

	@Test
	void anIllegalMoveShowsAMessageAndChangesNothing() {
		BookingSummary inHouse = find(BookingStatus.CHECKED_IN, (b) -> true);
		String reference = inHouse.reference().value();

		MvcTestResult result = post("/staff/bookings/" + reference + "/confirm", desk());

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/staff/bookings/" + reference);
		assertThat(result).flash()
			.hasEntrySatisfying("flashError",
					(message) -> assertThat(message.toString()).contains("was not confirmed"));
		BookingView after = this.bookings.booking(inHouse.reference());
		assertThat(after.status()).isEqualTo(BookingStatus.CHECKED_IN);
		assertThat(get("/staff/bookings/" + reference, desk())).bodyText().doesNotContain("Change the stay");
	}

	@Test
	void aChangeOfStayOntoTakenNightsIsRefusedAndAFreeOneIsMade() {
		String reference = scriptBooking();
		BookingView before = this.bookings.booking(new BookingReference(reference));
		BookingSummary other = find(BookingStatus.CONFIRMED, (b) -> !b.roomCode().equals(TEST_ROOM));

		MvcTestResult taken = post("/staff/bookings/" + reference + "/stay", desk(), "room", other.roomCode(),
				"checkIn", other.stay().checkIn().toString(), "checkOut", other.stay().checkOut().toString());

		assertThat(taken).hasStatus(422);
		assertThat(taken).bodyText().contains("The stay was not changed.", "already taken");
		BookingView unchanged = this.bookings.booking(new BookingReference(reference));
		assertThat(unchanged.stay()).isEqualTo(before.stay());
		assertThat(unchanged.roomCode()).isEqualTo(TEST_ROOM);

		LocalDate free = this.catalog.today().plusDays(FAR.getAndAdd(5));
		MvcTestResult moved = post("/staff/bookings/" + reference + "/stay", desk(), "room", TEST_ROOM, "checkIn",
				free.toString(), "checkOut", free.plusDays(1).toString());

		assertThat(moved).hasStatus3xxRedirection();
		assertThat(this.bookings.booking(new BookingReference(reference)).stay())
			.isEqualTo(new StayPeriod(free, free.plusDays(1)));
		assertThat(audited("booking.stay_changed", reference)).isEqualTo(DESK);
	}

	@Test
	void cancellingNeedsNoJavaScriptAndIsAudited() {
		String reference = scriptBooking();

		MvcTestResult result = post("/staff/bookings/" + reference + "/cancel", desk(), "reason", "Guest phoned");

		assertThat(result).hasStatus3xxRedirection();
		BookingView cancelled = this.bookings.booking(new BookingReference(reference));
		assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(cancelled.cancellationReason()).isEqualTo("Guest phoned");
		assertThat(this.inventory.heldBy(org.pondok.inventory.Holder.BOOKING, reference)).isEmpty();
		assertThat(audited("booking.cancelled", reference)).isEqualTo(DESK);
	}

	@Test
	void anUnknownBookingIsTheNotFoundPage() {
		assertThat(get("/staff/bookings/BK-999999", desk())).hasStatus(404);
		assertThat(get("/staff/bookings/nonsense", desk())).hasStatus(404);
		assertThat(post("/staff/bookings/BK-999999/confirm", desk())).hasStatus(404);
	}

	@Test
	void aBlockOverHeldNightsIsRefusedAndAFreeOneIsMadeAndRemoved() {
		long unit = this.catalog.room(TEST_ROOM).orElseThrow().units().get(0).id();
		BookingSummary held = find(BookingStatus.CONFIRMED, (b) -> true);
		long blocksBefore = this.jdbc.sql("SELECT COUNT(*) FROM manual_blocks").query(Long.class).single();

		MvcTestResult refused = post("/staff/blocks", desk(), "unit", String.valueOf(held.unitId()), "from",
				held.stay().checkIn().toString(), "to", held.stay().checkOut().toString(), "reason", "Repairs");

		assertThat(refused).hasStatus(422);
		assertThat(refused).bodyText().contains("Nothing was blocked.", "already held");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM manual_blocks").query(Long.class).single())
			.isEqualTo(blocksBefore);

		LocalDate from = this.catalog.today().plusDays(FAR.getAndAdd(5));
		MvcTestResult made = post("/staff/blocks", desk(), "unit", String.valueOf(unit), "from", from.toString(), "to",
				from.plusDays(2).toString(), "reason", "Owner <b>stays</b>");

		assertThat(made).hasStatus3xxRedirection().hasRedirectedUrl("/staff/blocks");
		long id = this.inventory.blocks(from)
			.stream()
			.filter((b) -> b.unitId() == unit && b.period().checkIn().equals(from))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(get("/staff/blocks", desk())).bodyText().contains("Owner &lt;b&gt;stays&lt;/b&gt;");
		assertThat(get("/staff/calendar?from=" + from, desk())).bodyText().contains("manual_block");
		assertThat(audited("block.created", String.valueOf(id))).isEqualTo(DESK);

		assertThat(post("/staff/blocks/" + id + "/remove", desk())).hasStatus3xxRedirection();

		assertThat(this.inventory.heldBy(org.pondok.inventory.Holder.MANUAL_BLOCK, "MB-" + id)).isEmpty();
		assertThat(audited("block.removed", String.valueOf(id))).isEqualTo(DESK);
		assertThat(post("/staff/blocks/" + id + "/remove", desk())).flash().containsKey("flashError");
	}

	@Test
	void thePagesSpeakIndonesian() {
		assertThat(get("/staff?lang=id", desk())).bodyText().contains("Kedatangan", "Keberangkatan", "Tamu menginap");
		assertThat(get("/staff/calendar?lang=id", desk())).bodyText().contains("Kalender");
	}

	private String scriptBooking() {
		LocalDate today = this.catalog.today();
		List<BookingSummary> mine = this.bookings
			.search(new BookingSearch(null, today, today.plusDays(1), TEST_ROOM, null, null), 0, 10)
			.items()
			.stream()
			.filter((b) -> b.status().holdsNights())
			.toList();
		LocalDate checkIn = mine.isEmpty() ? today : today.plusDays(FAR.getAndAdd(5));
		return this.bookings
			.book(new BookingRequest(TEST_ROOM, new StayPeriod(checkIn, checkIn.plusDays(2)), 2, 0,
					new GuestDetails(SCRIPT, "Tester", "script@example.com", null, "ID", "en"), null, CurrencyCode.USD,
					PaymentMethod.BANK_TRANSFER, SCRIPT, BookingSource.PHONE, DESK, null))
			.reference()
			.value();
	}

	private BookingSummary find(BookingStatus status, java.util.function.Predicate<BookingSummary> condition) {
		return this.bookings.search(new BookingSearch(status, null, null, null, null, null), 0, 200)
			.items()
			.stream()
			.filter(condition)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + status + " booking in the demo"));
	}

	private long count() {
		return this.bookings.search(BookingSearch.all(), 0, 1).total();
	}

	private String audited(String action, String target) {
		List<AuditTrail.AuditEntry> entries = this.audit
			.search(new AuditSearch(null, action, null, target, null, null), 0, 10)
			.items();
		assertThat(entries).as(action + " " + target).isNotEmpty();
		return entries.get(0).actor();
	}

	private static RequestPostProcessor desk() {
		return SecurityMockMvcRequestPostProcessors.user(DESK)
			.authorities(
					Role.STAFF.permissions().stream().map(Permission::authority).map(DeskPagesTests::auth).toList());
	}

	private static org.springframework.security.core.authority.SimpleGrantedAuthority auth(String authority) {
		return new org.springframework.security.core.authority.SimpleGrantedAuthority(authority);
	}

	private MvcTestResult get(String uri, RequestPostProcessor who) {
		return this.mvc.get().uri(uri).with(who).exchange();
	}

	private MvcTestResult post(String uri, RequestPostProcessor who, String... params) {
		var request = this.mvc.post().uri(uri).with(who).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private static String[] with(String[] form, String... more) {
		String[] all = java.util.Arrays.copyOf(form, form.length + more.length);
		System.arraycopy(more, 0, all, form.length, more.length);
		return all;
	}

}
