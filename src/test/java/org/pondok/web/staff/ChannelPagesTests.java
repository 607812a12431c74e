package org.pondok.web.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingRequest;
import org.pondok.booking.BookingSource;
import org.pondok.booking.BookingView;
import org.pondok.booking.GuestDetails;
import org.pondok.booking.PaymentMethod;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.NewRoom;
import org.pondok.channel.AirbnbFeed;
import org.pondok.channel.ChannelManagement;
import org.pondok.channel.IntegrationKind;
import org.pondok.channel.IntegrationView;
import org.pondok.channel.NewIntegration;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;
import org.pondok.shared.StayPeriod;
import org.pondok.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The channel pages on the demo villa as the villa manager and the front desk use them:
 * an integration is added through the form (every wrong field shown, nothing stored),
 * synced from an Airbnb-shaped feed served by WireMock with the run shown as a flash and
 * in the history, its block seen on the calendar; a conflict is resolved with a note; a
 * held feed is applied anyway; a feed is published and revoked; the calendar settings
 * save all or nothing; and the dashboard warns of a stale feed and open conflicts.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:channel-pages-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=true", "pondok.data-dir=target/channel-pages-tests", "pondok.admin-password=admin-password-x1",
		"pondok.demo-staff-password=staff-password-x1", "pondok.channel.allow-private-hosts=true",
		"pondok.channel.import-initial-delay=PT10H" })
@AutoConfigureMockMvc
class ChannelPagesTests {

	private static final String MANAGER = "kadek.sari@pondok.local";

	private static final AtomicInteger ROOMS = new AtomicInteger();

	static WireMockServer ota = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Catalog catalog;

	@Autowired
	ChannelManagement channels;

	@Autowired
	BookingManagement bookings;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void start() {
		ota.start();
	}

	@AfterAll
	static void stop() {
		ota.stop();
	}

	@Test
	void theIntegrationsPageShowsEachFeedWithItsStatusAndTheDemoHasTwelve() {
		MvcTestResult page = get("/staff/channels", manager());

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("Integrations", "Airbnb – Master Suite", "Booking.com", "WhatsApp Business", "paused",
					"Last good import", "p50 / p95", "New integration");
		assertThat(this.channels.integrations()).hasSizeGreaterThanOrEqualTo(12);
		assertThat(get("/staff/channels?lang=id", manager())).bodyText()
			.contains("Integrasi", "Impor berhasil terakhir");
	}

	@Test
	void anIntegrationIsAddedThroughTheFormAndEveryWrongFieldIsShown() {
		String room = room();
		long before = this.channels.integrations().size();

		MvcTestResult refused = post("/staff/channels", manager(), "kind", "airbnb", "name", " ", "room", room,
				"importUrl", "ftp://ota.example/feed.ics", "interval", "1", "status", "active");

		assertThat(refused).hasStatus(422);
		assertThat(refused).bodyText()
			.contains("Nothing was saved", "A name is required.", "This is not an address a feed can be imported from.",
					"http(s) or webcal", "A whole number of minutes from 5 to 10080.");
		assertThat(this.channels.integrations()).hasSize((int) before);
		assertThat(post("/staff/channels", manager(), "kind", "airbnb", "name", "No room", "room", "", "importUrl",
				"https://ota.example/x.ics", "interval", "60", "status", "active"))
			.bodyText()
			.contains("An OTA feed imports into one room");

		MvcTestResult added = post("/staff/channels", manager(), "kind", "airbnb", "name", "Airbnb <b>" + room, "room",
				room, "importUrl", "webcal://ota.example/" + room + ".ics", "interval", "30", "status", "paused");

		assertThat(added).hasStatus3xxRedirection();
		IntegrationView created = this.channels.integrations().get(this.channels.integrations().size() - 1);
		assertThat(added).hasRedirectedUrl("/staff/channels/" + created.id());
		assertThat(created.importUrl()).isEqualTo("https://ota.example/" + room + ".ics");
		assertThat(created.syncIntervalMinutes()).isEqualTo(30);
		assertThat(created.status()).isEqualTo("paused");
		assertThat(get("/staff/channels/" + created.id(), manager())).bodyText()
			.contains("Airbnb &lt;b&gt;" + room)
			.doesNotContain("Airbnb <b>");
		assertThat(audited("integration.added", String.valueOf(created.id()))).isEqualTo(MANAGER);

		MvcTestResult changed = post("/staff/channels/" + created.id(), manager(), "name", "Airbnb " + room, "room",
				room, "importUrl", "https://ota.example/" + room + "-2.ics", "interval", "abc", "status", "active");

		assertThat(changed).hasStatus(422);
		assertThat(this.channels.integration(created.id()).orElseThrow().importUrl())
			.isEqualTo("https://ota.example/" + room + ".ics");
	}

	@Test
	void syncNowImportsAnAirbnbFeedShowsTheRunAndTheBlockReachesTheCalendar() {
		String room = room();
		LocalDate in = this.catalog.today().plusDays(3);
		IntegrationView feed = integration(room,
				AirbnbFeed.of(AirbnbFeed.event("a1@airbnb.com", in, in.plusDays(2), "Reserved"),
						AirbnbFeed.event("a2@airbnb.com", in.plusDays(5), in.plusDays(6), "Airbnb (Not available)")));

		MvcTestResult synced = post("/staff/channels/" + feed.id() + "/sync", manager());

		assertThat(synced).hasStatus3xxRedirection().hasRedirectedUrl("/staff/channels");
		assertThat(synced).flash()
			.containsEntry("flash", "Synced " + feed.name() + ": 2 added, 0 changed, 0 removed, 0 conflicts.");
		MvcTestResult history = get("/staff/channels/history?integration=" + feed.id() + "&result=success", desk());
		assertThat(history).hasStatusOk();
		assertThat(history).bodyText().contains(feed.name(), "imported", "by staff", "2 / 0 / 0");
		assertThat(get("/staff/channels/history?result=nonsense&from=2026-13-01", desk())).bodyText()
			.contains("There is no such result.", "Not a date.");
		assertThat(get("/staff/calendar?from=" + in, desk())).bodyText().contains("ota_block");
		assertThat(get("/staff/channels/" + feed.id(), desk())).bodyText()
			.contains("Recent runs", "imported", "just now")
			.doesNotContain("/sync\"");

		ota.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(path(room)))
			.willReturn(aResponse().withStatus(503).withBody("busy")));
		MvcTestResult failed = post("/staff/channels/" + feed.id() + "/sync", manager(), "back", "detail");

		assertThat(failed).hasRedirectedUrl("/staff/channels/" + feed.id());
		assertThat(failed).flash().containsKey("flashError");
		assertThat(String.valueOf(failed.getMvcResult().getFlashMap().get("flashError"))).contains("HTTP 503");
		assertThat(get("/staff", manager())).bodyText()
			.contains("Channels need a look", feed.name(), "the last import failed");
		this.jdbc.sql("UPDATE platform_integrations SET status = 'paused' WHERE id = :id")
			.param("id", feed.id())
			.update();
	}

	@Test
	void aHeldFeedOffersApplyAnywayWhichReleasesTheDroppedNights() {
		String room = room();
		LocalDate in = this.catalog.today().plusDays(200);
		List<String> five = List.of(0, 4, 8, 12, 16)
			.stream()
			.map((d) -> AirbnbFeed.event("m" + d, in.plusDays(d), in.plusDays(d + 2), "Reserved"))
			.toList();
		IntegrationView feed = integration(room, AirbnbFeed.of(five.toArray(String[]::new)));
		post("/staff/channels/" + feed.id() + "/sync", manager());
		serve(room, AirbnbFeed.of(five.get(0)));

		MvcTestResult held = post("/staff/channels/" + feed.id() + "/sync", manager());

		assertThat(String.valueOf(held.getMvcResult().getFlashMap().get("flashError")))
			.contains("dropped most of its nights");
		assertThat(get("/staff/channels", manager())).bodyText()
			.contains("/staff/channels/" + feed.id() + "/confirm-drop", "Apply anyway");

		MvcTestResult applied = post("/staff/channels/" + feed.id() + "/confirm-drop", manager());

		assertThat(applied).flash()
			.containsEntry("flash", "Synced " + feed.name() + ": 0 added, 0 changed, 4 removed, 0 conflicts.");
		this.jdbc.sql("UPDATE platform_integrations SET status = 'paused' WHERE id = :id")
			.param("id", feed.id())
			.update();
	}

	@Test
	void aConflictShowsTheBookingThatHoldsItAndIsResolvedWithANote() {
		String room = room();
		LocalDate in = this.catalog.today().plusDays(30);
		BookingView booking = book(room, in.plusDays(1));
		IntegrationView feed = integration(room,
				AirbnbFeed.of(AirbnbFeed.event("c1@airbnb.com", in, in.plusDays(3), "Reserved <script>")));
		assertThat(post("/staff/channels/" + feed.id() + "/sync", manager())).flash()
			.containsEntry("flash", "Synced " + feed.name() + ": 1 added, 0 changed, 0 removed, 1 conflicts.");
		long id = this.jdbc.sql("SELECT id FROM channel_conflicts WHERE integration_id = :id")
			.param("id", feed.id())
			.query(Long.class)
			.single();

		MvcTestResult page = get("/staff/channels/conflicts?status=open&integration=" + feed.id(), desk());

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("/staff/bookings/" + booking.reference().value(), "c1@airbnb.com", "Reserved &lt;script&gt;",
					"Desk Test " + room)
			.doesNotContain("Reserved <script>", "/resolve\"");
		assertThat(get("/staff", desk())).bodyText().contains("open conflict");

		MvcTestResult blank = post("/staff/channels/conflicts/" + id + "/resolve", manager(), "resolution", " ");

		assertThat(blank).flash().containsEntry("noteError", id);
		assertThat(status(id)).isEqualTo("open");

		MvcTestResult resolved = post("/staff/channels/conflicts/" + id + "/resolve", manager(), "resolution",
				"Airbnb guest moved to the Deluxe Suite");

		assertThat(resolved).hasStatus3xxRedirection();
		assertThat(resolved).flash().containsEntry("flash", "Conflict " + id + " is resolved.");
		assertThat(status(id)).isEqualTo("resolved");
		assertThat(get("/staff/channels/conflicts?status=resolved&integration=" + feed.id(), manager())).bodyText()
			.contains("Airbnb guest moved to the Deluxe Suite", MANAGER);
		assertThat(audited("channel.conflict_resolved", String.valueOf(id))).isEqualTo(MANAGER);
		assertThat(post("/staff/channels/conflicts/" + id + "/dismiss", manager())).flash()
			.containsEntry("flashError", "Conflict " + id + " was already closed.");
		assertThat(post("/staff/channels/conflicts/999999/dismiss", manager())).hasStatus(404);
	}

	@Test
	void aFeedIsPublishedWithItsLinksToCopyAndRevoked() {
		MvcTestResult refused = post("/staff/channels/feeds", manager(), "name", "", "scope", "room", "room", "",
				"client", "airbnb");

		assertThat(refused).hasStatus(422);
		assertThat(refused).bodyText()
			.contains("A name of 1 to 200 characters is required.", "A room&#39;s feed needs its room.");

		MvcTestResult published = post("/staff/channels/feeds", manager(), "name", "Expedia – Family Room", "scope",
				"room", "room", "family-room", "client", "expedia");

		assertThat(published).hasStatus3xxRedirection();
		long id = this.channels.subscriptions().get(0).id();
		String url = this.channels.subscriptions().get(0).url();
		MvcTestResult page = get("/staff/channels/feeds", desk());
		assertThat(page).bodyText()
			.contains("Expedia – Family Room", url, url.replaceFirst("^https?://", "webcal://"),
					"data-copy=\"url-" + id + "\"", "Fetches")
			.doesNotContain("/revoke\"");
		assertThat(audited("subscription.created", String.valueOf(id))).isEqualTo(MANAGER);

		MvcTestResult revoked = post("/staff/channels/feeds/" + id + "/revoke", manager());

		assertThat(revoked).flash().containsEntry("flash", "The feed is revoked.");
		assertThat(this.channels.subscriptions()).noneMatch((feed) -> feed.id() == id);
	}

	@Test
	void theCalendarSettingsSaveAllOrNothingWithTheErrorNextToItsField() {
		MvcTestResult page = get("/staff/channels/settings", desk());
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("Imports", "Exports", "Colours", "type=\"color\"", "sync.mass_drop_percent", "disabled");
		assertThat(this.channels.calendarSettings()).hasSize(24);
		String timeout = this.channels.calendarSetting("sync.import_timeout_seconds", "");

		MvcTestResult refused = post("/staff/channels/settings", manager(), "v.sync.import_timeout_seconds", "30",
				"v.sync.max_redirects", "99", "v.color.pending", "orange");

		assertThat(refused).hasStatus(400);
		assertThat(refused).bodyText()
			.contains("Nothing was saved", "A whole number from 0 to 10.", "A colour as #rrggbb.");
		assertThat(this.channels.calendarSetting("sync.import_timeout_seconds", "")).isEqualTo(timeout);

		MvcTestResult saved = post("/staff/channels/settings", manager(), "v.sync.import_timeout_seconds", "30",
				"b.export.guest_details_ota_feeds", "on", "v.color.pending", "#F9A826");

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(saved).flash().containsEntry("flash", "2 settings saved.");
		assertThat(this.channels.calendarSetting("sync.import_timeout_seconds", "")).isEqualTo("30");
		assertThat(this.channels.calendarSetting("color.pending", "")).isEqualTo("#f9a826");
		assertThat(this.channels.calendarSetting("export.guest_details_ota_feeds", "")).isEqualTo("false");
		post("/staff/channels/settings", manager(), "v.sync.import_timeout_seconds", timeout);
	}

	@Test
	void theDashboardWarnsOfAStaleFeed() {
		String room = room();
		IntegrationView feed = integration(room, AirbnbFeed.of());
		post("/staff/channels/" + feed.id() + "/sync", manager());
		this.jdbc.sql("UPDATE platform_integrations SET last_success_at = :old WHERE id = :id")
			.param("old", java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofHours(5))))
			.param("id", feed.id())
			.update();

		assertThat(get("/staff", desk())).bodyText()
			.contains("Channels need a look", "/staff/channels/" + feed.id(),
					"no good import for more than three of its intervals");
		assertThat(get("/staff/channels", desk())).bodyText().contains("5 h ago", "stale");
		this.jdbc.sql("UPDATE platform_integrations SET status = 'paused' WHERE id = :id")
			.param("id", feed.id())
			.update();
	}

	private IntegrationView integration(String room, String body) {
		serve(room, body);
		return this.channels.addIntegration(new NewIntegration(IntegrationKind.AIRBNB, "Airbnb " + room, room,
				ota.baseUrl() + path(room), 60, "active", null), "test");
	}

	private static void serve(String room, String body) {
		ota.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(path(room)))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/calendar").withBody(body)));
	}

	private static String path(String room) {
		return "/calendar/ical/" + room + ".ics";
	}

	private String room() {
		String code = "channel-page-" + ROOMS.incrementAndGet();
		this.catalog.addRoom(new NewRoom(code, "Desk Test " + code, null, null, 2, 1, 3, null, null, List.of(),
				Money.of("100", CurrencyCode.USD), 1, 1, null, Map.of()));
		return code;
	}

	private BookingView book(String room, LocalDate checkIn) {
		return this.bookings.book(new BookingRequest(room, StayPeriod.of(checkIn, 1), 2, 0,
				new GuestDetails("Made", "Direct", "made@example.com", null, "ID", "en"), null, CurrencyCode.USD,
				PaymentMethod.BANK_TRANSFER, null, BookingSource.PHONE, "desk@pondok.local", null));
	}

	private String status(long conflict) {
		return this.jdbc.sql("SELECT status FROM channel_conflicts WHERE id = :id")
			.param("id", conflict)
			.query(String.class)
			.single();
	}

	private String audited(String action, String target) {
		return this.jdbc.sql("SELECT actor FROM audit_events WHERE action = :action AND target_id = :target")
			.param("action", action)
			.param("target", target)
			.query(String.class)
			.single();
	}

	private static RequestPostProcessor manager() {
		return user(MANAGER).authorities(AuthorityUtils.createAuthorityList(Role.MANAGER.authorities()));
	}

	private static RequestPostProcessor desk() {
		return user("wayan.bagus@pondok.local")
			.authorities(AuthorityUtils.createAuthorityList(Role.STAFF.authorities()));
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

}
