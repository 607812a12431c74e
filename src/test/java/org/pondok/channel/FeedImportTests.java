package org.pondok.channel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingView;
import org.pondok.catalog.Catalog;
import org.pondok.inventory.HeldNight;
import org.pondok.inventory.Holder;
import org.pondok.inventory.Inventory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports of feeds shaped like real OTA and calendar exports, served by WireMock: nights
 * are claimed, moved and released by what the feed blocks; a night held elsewhere is a
 * conflict; and every broken answer changes nothing.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:feed-import-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/feed-import-tests", "pondok.admin-password=admin-password-x1",
		"pondok.channel.allow-private-hosts=true", "pondok.channel.import-initial-delay=PT10H" })
@AutoConfigureMockMvc
class FeedImportTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final AtomicInteger ROOMS = new AtomicInteger();

	static WireMockServer ota = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	@Autowired
	org.springframework.boot.health.actuate.endpoint.HealthEndpoint healthEndpoint;

	@Autowired
	Catalog catalog;

	@Autowired
	ChannelManagement channels;

	@Autowired
	ChannelSync sync;

	@Autowired
	Inventory inventory;

	@Autowired
	BookingManagement bookings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeedHealth health;

	@BeforeAll
	static void start() {
		ota.start();
	}

	@AfterAll
	static void stop() {
		ota.stop();
	}

	@Test
	void anAirbnbFeedBlocksItsNightsAndTellsReservationsFromClosures() {
		Feed feed = feed("airbnb");
		LocalDate in = day(10);
		feed.serve(airbnb(event("a1@airbnb.com", in, in.plusDays(3), "Reserved"),
				event("a2@airbnb.com", in.plusDays(20), in.plusDays(22), "Airbnb (Not available)")));

		SyncResult result = this.sync.sync(feed.id, "manual", "admin@pondok.local");

		assertThat(result.status()).isEqualTo("success");
		assertThat(result.added()).isEqualTo(2);
		assertThat(otaNights(feed)).containsExactly(in, in.plusDays(1), in.plusDays(2), in.plusDays(20),
				in.plusDays(21));
		assertThat(this.jdbc.sql("SELECT kind FROM channel_blocks WHERE integration_id = :id ORDER BY start_date")
			.param("id", feed.id)
			.query(String.class)
			.list()).containsExactly("reservation", "owner_block");
		assertThat(this.sync.history(feed.id, 10)).first().satisfies((run) -> {
			assertThat(run.result()).isEqualTo("success");
			assertThat(run.httpStatus()).isEqualTo(200);
			assertThat(run.added()).isEqualTo(2);
		});
	}

	@Test
	void anEventThatDisappearsIsReleasedAndAMovedOneMoves() {
		Feed feed = feed("vrbo");
		LocalDate in = day(30);
		feed.serve(vrbo(event("v1", in, in.plusDays(2), "Reserved - Ana"),
				event("v2", in.plusDays(10), in.plusDays(12), "Reserved - Budi")));
		this.sync.sync(feed.id, "manual", "admin@pondok.local");

		feed.serve(vrbo(event("v1", in.plusDays(1), in.plusDays(4), "Reserved - Ana")));
		SyncResult result = this.sync.sync(feed.id, "manual", "admin@pondok.local");

		assertThat(result.status()).isEqualTo("success");
		assertThat(result.changed()).isEqualTo(1);
		assertThat(result.removed()).isEqualTo(1);
		assertThat(otaNights(feed)).containsExactly(in.plusDays(1), in.plusDays(2), in.plusDays(3));
	}

	@Test
	void bookingComsNewUidOverTheSameNightsChangesNothing() {
		Feed feed = feed("booking_com");
		LocalDate in = day(40);
		feed.serve(bookingCom(event("b-100@booking.com", in, in.plusDays(3), "CLOSED - Not available")));
		this.sync.sync(feed.id, "manual", "admin@pondok.local");
		List<Long> blocks = blockIds(feed);

		feed.serve(bookingCom(event("b-101@booking.com", in, in.plusDays(3), "CLOSED - Not available")));
		SyncResult result = this.sync.sync(feed.id, "manual", "admin@pondok.local");

		assertThat(result.added() + result.changed() + result.removed() + result.conflicts()).isZero();
		assertThat(blockIds(feed)).isEqualTo(blocks);
		assertThat(otaNights(feed)).hasSize(3);
	}

	@Test
	void aNightHeldByADirectBookingBecomesAConflictAndTheBookingStays() {
		Feed feed = feed("airbnb");
		LocalDate in = day(50);
		BookingView booking = ChannelFixtures.book(this.bookings, feed.room, in.plusDays(1), 2, "Direct");
		feed.serve(airbnb(event("c1@airbnb.com", in, in.plusDays(4), "Reserved")));

		SyncResult first = this.sync.sync(feed.id, "manual", "admin@pondok.local");
		SyncResult again = this.sync.sync(feed.id, "manual", "admin@pondok.local");

		assertThat(first.conflicts()).isEqualTo(1);
		assertThat(again.conflicts()).isEqualTo(1);
		assertThat(otaNights(feed)).containsExactly(in, in.plusDays(3));
		assertThat(this.inventory.heldBy(Holder.BOOKING, booking.reference().value())).hasSize(2);
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM channel_conflicts WHERE integration_id = :id AND status = 'open'
				  AND held_by = 'booking' AND held_by_ref = :ref
				""").param("id", feed.id).param("ref", booking.reference().value()).query(Long.class).single())
			.isEqualTo(1L);
	}

	@Test
	void everyBrokenAnswerChangesNothingAndIsRecorded() {
		Feed feed = feed("airbnb");
		LocalDate in = day(60);
		String good = airbnb(event("g1@airbnb.com", in, in.plusDays(2), "Reserved"));
		feed.serve(good);
		this.sync.sync(feed.id, "manual", "admin@pondok.local");
		List<LocalDate> before = otaNights(feed);

		List<Runnable> answers = List.of(() -> feed.serve(good.substring(0, good.length() / 2)),
				() -> feed.respond(200, "<html><body>Service unavailable</body></html>"),
				() -> feed.respond(500, "oops"), () -> feed.serve("BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
				() -> feed.serve(good + "X".repeat(6 * 1024 * 1024)));
		for (Runnable answer : answers) {
			answer.run();

			SyncResult result = this.sync.sync(feed.id, "manual", "admin@pondok.local");

			assertThat(result.status()).isEqualTo("failed");
			assertThat(result.error()).isNotBlank();
			assertThat(otaNights(feed)).isEqualTo(before);
		}
		assertThat(this.sync.history(feed.id, 10)).hasSize(6)
			.extracting(SyncRecord::result)
			.containsExactly("failed", "failed", "failed", "failed", "failed", "success");
		assertThat(this.channels.integration(feed.id).orElseThrow().lastResult()).isEqualTo("failed");
	}

	@Test
	void aFeedThatDoesNotAnswerInTimeChangesNothing() {
		Feed feed = feed("airbnb");
		LocalDate in = day(70);
		feed.serve(airbnb(event("t1@airbnb.com", in, in.plusDays(2), "Reserved")));
		this.sync.sync(feed.id, "manual", "admin@pondok.local");
		String timeout = this.channels.calendarSetting("sync.import_timeout_seconds", "20");
		setting("sync.import_timeout_seconds", "1");
		try {
			ota.stubFor(get(urlEqualTo(feed.path))
				.willReturn(aResponse().withStatus(200).withFixedDelay(3000).withBody("BEGIN:VCALENDAR")));

			SyncResult result = this.sync.sync(feed.id, "manual", "admin@pondok.local");

			assertThat(result.status()).isEqualTo("failed");
			assertThat(otaNights(feed)).containsExactly(in, in.plusDays(1));
		}
		finally {
			setting("sync.import_timeout_seconds", timeout);
		}
	}

	@Test
	void lfOnlyTabFoldedWindowsZonedAndOpenEndedEventsAreRead() {
		Feed feed = feed("ical");
		LocalDate in = day(80);
		String outlook = String.join("\n", "BEGIN:VCALENDAR", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
				"BEGIN:VEVENT", "UID:o1", "SUMMARY:Owner stay with a long title that Outlook folds", "\tover a TAB",
				"DTSTART;TZID=\"Singapore Standard Time\":" + in.format(DAY) + "T160000",
				"DTEND;TZID=\"Singapore Standard Time\":" + in.plusDays(2).format(DAY) + "T110000", "END:VEVENT", "",
				"BEGIN:VEVENT", "UID:o2", "SUMMARY:Not available", "DTSTART;VALUE=DATE:" + in.plusDays(5).format(DAY),
				"END:VEVENT", "BEGIN:VEVENT", "UID:o3", "SUMMARY:Cancelled stay", "STATUS:CANCELLED",
				"DTSTART;VALUE=DATE:" + in.plusDays(8).format(DAY), "DTEND;VALUE=DATE:" + in.plusDays(9).format(DAY),
				"END:VEVENT", "END:VCALENDAR", "");
		feed.serve("\uFEFF" + outlook);

		SyncResult result = this.sync.sync(feed.id, "manual", "admin@pondok.local");

		assertThat(result.status()).as(String.valueOf(result.error())).isEqualTo("success");
		assertThat(otaNights(feed)).containsExactly(in, in.plusDays(1), in.plusDays(5));
	}

	@Test
	void anEventEndingBeforeItStartsIsRefusedAndTheRestApplied() {
		Feed feed = feed("airbnb");
		LocalDate in = day(90);
		feed.serve(airbnb(event("bad@airbnb.com", in.plusDays(3), in, "Reserved"),
				event("ok@airbnb.com", in.plusDays(5), in.plusDays(6), "Reserved")));

		SyncResult result = this.sync.sync(feed.id, "manual", "admin@pondok.local");

		assertThat(result.status()).isEqualTo("success");
		assertThat(result.error()).contains("bad@airbnb.com");
		assertThat(otaNights(feed)).containsExactly(in.plusDays(5));
	}

	@Test
	void aSuddenMassDropIsHeldUntilTheFeedSaysItAgain() {
		Feed feed = feed("airbnb");
		LocalDate in = day(100);
		feed.serve(airbnb(event("m1", in, in.plusDays(2), "Reserved"),
				event("m2", in.plusDays(4), in.plusDays(6), "Reserved"),
				event("m3", in.plusDays(8), in.plusDays(10), "Reserved"),
				event("m4", in.plusDays(12), in.plusDays(14), "Reserved"),
				event("m5", in.plusDays(16), in.plusDays(18), "Reserved")));
		this.sync.sync(feed.id, "manual", "admin@pondok.local");

		feed.serve(airbnb(event("m1", in, in.plusDays(2), "Reserved")));
		SyncResult held = this.sync.sync(feed.id, "manual", "admin@pondok.local");

		assertThat(held.result()).isEqualTo("held");
		assertThat(otaNights(feed)).hasSize(10);
		assertThat(this.channels.integration(feed.id).orElseThrow().lastResult()).isEqualTo("held");

		SyncResult confirmed = this.sync.sync(feed.id, "manual", "admin@pondok.local");

		assertThat(confirmed.result()).isEqualTo("success");
		assertThat(confirmed.removed()).isEqualTo(4);
		assertThat(otaNights(feed)).containsExactly(in, in.plusDays(1));
	}

	@Test
	void anUnchangedFeedAnswers304AndNothingMoves() {
		Feed feed = feed("google_calendar");
		LocalDate in = day(110);
		ota.stubFor(get(urlEqualTo(feed.path)).willReturn(aResponse().withStatus(200)
			.withHeader("ETag", "\"v1\"")
			.withBody(google(event("g@google.com", in, in.plusDays(1), "Busy")))));
		this.sync.sync(feed.id, "manual", "admin@pondok.local");
		ota.stubFor(get(urlEqualTo(feed.path))
			.withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"v1\""))
			.willReturn(aResponse().withStatus(304)));

		SyncResult result = this.sync.sync(feed.id, "manual", "admin@pondok.local");

		assertThat(result.result()).isEqualTo("not_modified");
		assertThat(otaNights(feed)).containsExactly(in);
	}

	@Test
	void aFeedThatOnceImportedWellAndThenWentQuietIsReportedStale() {
		Feed feed = feed("airbnb");
		feed.serve(airbnb(event("h1@airbnb.com", day(120), day(121), "Reserved")));
		this.sync.sync(feed.id, "manual", "admin@pondok.local");
		this.jdbc.sql("UPDATE platform_integrations SET status = 'paused' WHERE id <> :id")
			.param("id", feed.id)
			.update();

		assertThat(this.health.health().getStatus().getCode()).isEqualTo("UP");

		this.jdbc.sql("UPDATE platform_integrations SET last_success_at = :old WHERE id = :id")
			.param("old", java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofHours(4))))
			.param("id", feed.id)
			.update();

		assertThat(this.health.health().getStatus().getCode()).isEqualTo("STALE");
		assertThat(this.healthEndpoint.health().getStatus().getCode()).as("the instance keeps serving").isEqualTo("UP");
		this.jdbc.sql("UPDATE platform_integrations SET status = 'paused' WHERE id = :id")
			.param("id", feed.id)
			.update();
	}

	@Test
	void aGoogleCalendarExportWithItsZoneAndAnEditedRecurringStayIsRead() {
		Feed feed = feed("google_calendar");
		String body = String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
				"VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Owner",
				"X-WR-TIMEZONE:Asia/Makassar", "BEGIN:VTIMEZONE", "TZID:Asia/Makassar", "X-LIC-LOCATION:Asia/Makassar",
				"BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:WITA", "DTSTART:19700101T000000",
				"END:STANDARD", "END:VTIMEZONE",
				// a weekly owner stay: the second week moved, the third cancelled
				"BEGIN:VEVENT", "DTSTART;VALUE=DATE:" + day(150).format(DAY),
				"DTEND;VALUE=DATE:" + day(151).format(DAY), "RRULE:FREQ=WEEKLY;COUNT=3", "DTSTAMP:20261201T000000Z",
				"UID:owner-weekly@google.com", "CREATED:20261101T000000Z", "LAST-MODIFIED:20261120T000000Z",
				"SEQUENCE:2", "STATUS:CONFIRMED", "SUMMARY:Owner", "TRANSP:OPAQUE", "END:VEVENT", "BEGIN:VEVENT",
				"DTSTART;VALUE=DATE:" + day(158).format(DAY), "DTEND;VALUE=DATE:" + day(160).format(DAY),
				"DTSTAMP:20261201T000000Z", "UID:owner-weekly@google.com",
				"RECURRENCE-ID;VALUE=DATE:" + day(157).format(DAY), "SEQUENCE:3", "STATUS:CONFIRMED",
				"SUMMARY:Owner (moved)", "TRANSP:OPAQUE", "END:VEVENT", "BEGIN:VEVENT",
				"DTSTART;VALUE=DATE:" + day(164).format(DAY), "DTEND;VALUE=DATE:" + day(165).format(DAY),
				"DTSTAMP:20261201T000000Z", "UID:owner-weekly@google.com",
				"RECURRENCE-ID;VALUE=DATE:" + day(164).format(DAY), "STATUS:CANCELLED", "SUMMARY:Owner", "END:VEVENT",
				// timed in the calendar's zone, and in UTC
				"BEGIN:VEVENT", "DTSTART;TZID=Asia/Makassar:" + day(170).format(DAY) + "T140000",
				"DTEND;TZID=Asia/Makassar:" + day(172).format(DAY) + "T120000", "UID:friends@google.com",
				"SUMMARY:Friends", "END:VEVENT", "BEGIN:VEVENT", "DTSTART:" + day(180).format(DAY) + "T060000Z",
				"DTEND:" + day(181).format(DAY) + "T040000Z", "UID:utc@google.com", "SUMMARY:Busy", "END:VEVENT",
				"BEGIN:VEVENT", "DTSTART;VALUE=DATE:" + day(185).format(DAY),
				"DTEND;VALUE=DATE:" + day(186).format(DAY), "UID:free@google.com", "SUMMARY:Reminder",
				"TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR", "");
		feed.serve(body);

		SyncResult result = this.sync.sync(feed.id, "manual", "admin@pondok.local");

		assertThat(result.status()).as(String.valueOf(result.error())).isEqualTo("success");
		assertThat(otaNights(feed)).containsExactly(day(150), day(158), day(159), day(170), day(171), day(180));
	}

	@Test
	void anOutlookExportWithWindowsZoneNamesIsRead() {
		Feed feed = feed("outlook");
		// 09:00 in Berlin is afternoon in Bali, winter or summer
		String body = String.join("\r\n", "BEGIN:VCALENDAR", "METHOD:PUBLISH", "PRODID:Microsoft Exchange Server 2010",
				"VERSION:2.0", "X-WR-CALNAME:Manager", "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
				"BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
				"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
				"DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
				"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
				"DESCRIPTION:Family visit of the owner\\n", "UID:040000008200E00074C5B7101A82E0080000000", "\t0A1B2C3D",
				"SUMMARY;LANGUAGE=en-US:Owner family",
				"DTSTART;TZID=W. Europe Standard Time:" + day(190).format(DAY) + "T090000",
				"DTEND;TZID=W. Europe Standard Time:" + day(192).format(DAY) + "T090000", "CLASS:PUBLIC", "PRIORITY:5",
				"DTSTAMP:20261201T101010Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
				"X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "END:VEVENT", "BEGIN:VEVENT", "UID:outlook-all-day",
				"SUMMARY:Out of office", "DTSTART;VALUE=DATE:" + day(195).format(DAY),
				"DTEND;VALUE=DATE:" + day(197).format(DAY), "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "END:VEVENT",
				"END:VCALENDAR", "");
		feed.serve(body);

		SyncResult result = this.sync.sync(feed.id, "manual", "admin@pondok.local");

		assertThat(result.status()).as(String.valueOf(result.error())).isEqualTo("success");
		assertThat(otaNights(feed)).containsExactly(day(190), day(191), day(195), day(196));
	}

	@Test
	void aUidTheFeedNoLongerListsOrCancelsReleasesItsNightsAndNoOthers() {
		Feed feed = feed("airbnb");
		LocalDate in = day(200);
		feed.serve(airbnb(event("keep@airbnb.com", in, in.plusDays(2), "Reserved"),
				event("gone@airbnb.com", in.plusDays(5), in.plusDays(7), "Reserved"),
				event("cancel@airbnb.com", in.plusDays(10), in.plusDays(11), "Reserved")));
		this.sync.sync(feed.id, "manual", "admin@pondok.local");
		long kept = blockIds(feed).get(0);

		feed.serve(airbnb(event("keep@airbnb.com", in, in.plusDays(2), "Reserved"),
				event("cancel@airbnb.com", in.plusDays(10), in.plusDays(11), "Reserved").replace("END:VEVENT",
						"STATUS:CANCELLED\r\nEND:VEVENT")));
		SyncResult result = this.sync.sync(feed.id, "manual", "admin@pondok.local");

		assertThat(result.removed()).isEqualTo(2);
		assertThat(otaNights(feed)).containsExactly(in, in.plusDays(1));
		assertThat(blockIds(feed)).containsExactly(kept);
		assertThat(this.inventory.heldBy(Holder.OTA_BLOCK, BlockKeys.holderRef(feed.id, kept))).hasSize(2);
	}

	@Test
	void aFiftyMegabyteAnswerIsRefusedAndChangesNothing() {
		Feed feed = feed("vrbo");
		LocalDate in = day(210);
		feed.serve(vrbo(event("v@vrbo.com", in, in.plusDays(2), "Reserved")));
		this.sync.sync(feed.id, "manual", "admin@pondok.local");
		byte[] fifty = new byte[50 * 1024 * 1024];
		ota.stubFor(get(urlEqualTo(feed.path)).willReturn(aResponse().withStatus(200).withBody(fifty)));

		SyncResult result = this.sync.sync(feed.id, "manual", "admin@pondok.local");

		assertThat(result.status()).isEqualTo("failed");
		assertThat(result.error()).isEqualTo("The feed is larger than 5242880 bytes");
		assertThat(otaNights(feed)).containsExactly(in, in.plusDays(1));
		assertThat(this.sync.history(feed.id, 1)).singleElement()
			.satisfies((run) -> assertThat(run.bytes()).isGreaterThan(5242880L));
	}

	private Feed feed(String kind) {
		String room = "import-" + ROOMS.incrementAndGet();
		ChannelFixtures.villa(this.catalog, room);
		String path = "/ical/" + room + ".ics";
		IntegrationView integration = this.channels
			.addIntegration(new NewIntegration(IntegrationKind.find(kind).orElseThrow(), kind + " " + room, room,
					ota.baseUrl() + path, 60, "active", null), "admin@pondok.local");
		return new Feed(integration.id(), room, path);
	}

	private List<LocalDate> otaNights(Feed feed) {
		long unit = this.catalog.requireRoom(feed.room).unitIds().get(0);
		return this.inventory.held(this.catalog.today(), this.catalog.today().plusYears(2))
			.stream()
			.filter((n) -> n.unitId() == unit && n.holder() == Holder.OTA_BLOCK)
			.map(HeldNight::night)
			.toList();
	}

	private List<Long> blockIds(Feed feed) {
		return this.jdbc.sql("SELECT id FROM channel_blocks WHERE integration_id = :id ORDER BY id")
			.param("id", feed.id)
			.query(Long.class)
			.list();
	}

	private void setting(String key, String value) {
		this.jdbc.sql("UPDATE calendar_settings SET setting_value = :value WHERE setting_key = :key")
			.param("value", value)
			.param("key", key)
			.update();
	}

	private LocalDate day(int offset) {
		return this.catalog.today().plusDays(offset);
	}

	private static String event(String uid, LocalDate start, LocalDate end, String summary) {
		return "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:" + start.format(DAY) + "\r\nDTEND;VALUE=DATE:" + end.format(DAY)
				+ "\r\nUID:" + uid + "\r\nSUMMARY:" + summary + "\r\nEND:VEVENT\r\n";
	}

	/** Airbnb: a parameter on PRODID, no DTSTAMP, blank lines between events. */
	private static String airbnb(String... events) {
		return "BEGIN:VCALENDAR\r\nPRODID;X-RICAL-TZSOURCE=TZINFO:-//Airbnb Inc//Hosting Calendar 0.8.8//EN\r\n"
				+ "CALSCALE:GREGORIAN\r\nVERSION:2.0\r\n" + String.join("\r\n", events) + "END:VCALENDAR\r\n";
	}

	/** VRBO: the dates inside the UID's neighbours, DTSTAMP present. */
	private static String vrbo(String... events) {
		return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//HomeAway.com, Inc.//EN\r\nCALSCALE:GREGORIAN\r\n"
				+ String.join("", events).replace("BEGIN:VEVENT\r\n", "BEGIN:VEVENT\r\nDTSTAMP:20260101T000000Z\r\n")
				+ "END:VCALENDAR\r\n";
	}

	/** Booking.com: duplicate VERSION and a method. */
	private static String bookingCom(String... events) {
		return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Booking.com//Booking.com Calendar//EN\r\nVERSION:2.0\r\n"
				+ "METHOD:PUBLISH\r\n" + String.join("", events) + "END:VCALENDAR\r\n";
	}

	/** Google Calendar: X-WR properties and a VTIMEZONE-free calendar. */
	private static String google(String... events) {
		return "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
				+ "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Owner\r\nX-WR-TIMEZONE:Asia/Makassar\r\n"
				+ String.join("", events) + "END:VCALENDAR\r\n";
	}

	private record Feed(long id, String room, String path) {

		void serve(String body) {
			respond(200, body);
		}

		void respond(int status, String body) {
			ota.stubFor(get(urlEqualTo(this.path))
				.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/calendar").withBody(body)));
		}

	}

}
