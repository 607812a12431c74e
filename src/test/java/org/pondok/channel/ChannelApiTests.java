package org.pondok.channel;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingView;
import org.pondok.catalog.Catalog;
import org.pondok.staff.NewStaffMember;
import org.pondok.staff.Role;
import org.pondok.staff.StaffManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The channel API beyond imports, as an integrator meets it: conflicts raised by an
 * Airbnb-shaped feed are listed, resolved and dismissed (404, 409 and 400 as problem
 * details, each change audited, the detection published as an event); calendar settings
 * change only to values their type and range allow; integrations carry their sync
 * statistics; and Prometheus scrapes the channel gauges with a bearer token.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:channel-api-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/channel-api-tests", "pondok.admin-password=admin-password-x1",
		"pondok.channel.allow-private-hosts=true", "pondok.channel.import-initial-delay=PT10H",
		"pondok.channel.metrics-refresh=PT0.2S", "pondok.channel.metrics-initial-delay=PT0S",
		"pondok.channel.metrics-cache=PT0S" })
@AutoConfigureMockMvc
@RecordApplicationEvents
class ChannelApiTests {

	private static final String ADMIN = "admin@pondok.local";

	private static final AtomicInteger ROOMS = new AtomicInteger();

	static WireMockServer ota;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Catalog catalog;

	@Autowired
	ChannelManagement channels;

	@Autowired
	ChannelSync sync;

	@Autowired
	BookingManagement bookings;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	SyncHistory history;

	@BeforeAll
	static void start() {
		ota = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		ota.start();
	}

	@AfterAll
	static void stop() {
		ota.stop();
	}

	@Test
	void aNightHeldByABookingIsAConflictStaffResolveOnceWithANote() {
		Feed feed = feed();
		LocalDate in = this.catalog.today().plusDays(20);
		BookingView booking = ChannelFixtures.book(this.bookings, feed.room(), in.plusDays(1), 2, "Direct");
		feed.serve(AirbnbFeed.of(AirbnbFeed.event("c1@airbnb.com", in, in.plusDays(4), "Reserved")));
		this.sync.sync(feed.id(), "manual", ADMIN);

		assertThat(this.events.stream(ChannelConflictDetected.class)).anySatisfy((event) -> {
			assertThat(event.integrationId()).isEqualTo(feed.id());
			assertThat(event.heldByRef()).isEqualTo(booking.reference().value());
			assertThat(event.start()).isEqualTo(in.plusDays(1));
			assertThat(event.end()).isEqualTo(in.plusDays(3));
		});
		MvcTestResult open = this.mvc.get()
			.uri("/api/v1/channel-conflicts?status=open&integrationId={id}", feed.id())
			.with(role(Role.STAFF))
			.exchange();
		assertThat(open).hasStatusOk();
		assertThat(open).bodyJson().extractingPath("$.total").isEqualTo(1);
		assertThat(open).bodyJson().extractingPath("$.items[0].heldBy").isEqualTo("booking");
		assertThat(open).bodyJson().extractingPath("$.items[0].heldByRef").isEqualTo(booking.reference().value());
		assertThat(open).bodyJson().extractingPath("$.items[0].uid").isEqualTo("c1@airbnb.com");
		assertThat(open).bodyJson().extractingPath("$.items[0].kind").isEqualTo("airbnb");
		long id = conflictId(feed);

		MvcTestResult resolved = post("/api/v1/channel-conflicts/" + id + "/resolve",
				"{\"resolution\":\"Airbnb guest moved to the Deluxe Suite\"}");

		assertThat(resolved).hasStatusOk();
		assertThat(resolved).bodyJson().extractingPath("$.status").isEqualTo("resolved");
		assertThat(resolved).bodyJson().extractingPath("$.resolvedBy").isEqualTo(ADMIN);
		assertThat(resolved).bodyJson()
			.extractingPath("$.resolution")
			.isEqualTo("Airbnb guest moved to the Deluxe Suite");
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM audit_events WHERE action = 'channel.conflict_resolved' AND target_id = :id
				""").param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1L);

		MvcTestResult again = post("/api/v1/channel-conflicts/" + id + "/resolve", "{\"resolution\":\"again\"}");

		assertThat(again).hasStatus(409);
		assertThat(again).bodyJson().extractingPath("$.type").asString().endsWith("/conflict");
		assertThat(post("/api/v1/channel-conflicts/" + id + "/dismiss", "{}")).hasStatus(409);
		assertThat(this.jdbc.sql("SELECT resolution FROM channel_conflicts WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Airbnb guest moved to the Deluxe Suite");
	}

	@Test
	void aConflictIsDismissedWithoutANoteAndUnknownOrBadRequestsAreProblems() {
		Feed feed = feed();
		LocalDate in = this.catalog.today().plusDays(40);
		ChannelFixtures.book(this.bookings, feed.room(), in, 2, "Direct");
		feed.serve(AirbnbFeed.of(AirbnbFeed.event("d1@airbnb.com", in, in.plusDays(2), "Airbnb (Not available)")));
		this.sync.sync(feed.id(), "manual", ADMIN);
		long id = conflictId(feed);

		MvcTestResult blank = post("/api/v1/channel-conflicts/" + id + "/resolve", "{\"resolution\":\"  \"}");
		assertThat(blank).hasStatus(400);
		assertThat(blank).bodyJson().extractingPath("$.errors[0].field").isEqualTo("resolution");
		MvcTestResult unknown = post("/api/v1/channel-conflicts/999999/resolve", "{\"resolution\":\"done\"}");
		assertThat(unknown).hasStatus(404);
		assertThat(unknown).bodyJson().extractingPath("$.type").asString().endsWith("/not-found");
		assertThat(post("/api/v1/channel-conflicts/999999/dismiss", "{}")).hasStatus(404);
		MvcTestResult badStatus = this.mvc.get()
			.uri("/api/v1/channel-conflicts?status=closed")
			.with(role(Role.ADMIN))
			.exchange();
		assertThat(badStatus).hasStatus(400);
		assertThat(badStatus).bodyJson().extractingPath("$.errors[0].field").isEqualTo("status");

		MvcTestResult dismissed = this.mvc.post()
			.uri("/api/v1/channel-conflicts/" + id + "/dismiss")
			.with(role(Role.MANAGER))
			.exchange();

		assertThat(dismissed).hasStatusOk();
		assertThat(dismissed).bodyJson().extractingPath("$.status").isEqualTo("dismissed");
		assertThat(this.mvc.get()
			.uri("/api/v1/channel-conflicts?status=dismissed&integrationId={id}", feed.id())
			.with(role(Role.ADMIN))
			.exchange()).bodyJson().extractingPath("$.items[0].id").isEqualTo((int) id);
		assertThat(
				this.mvc.post().uri("/api/v1/channel-conflicts/" + id + "/dismiss").with(role(Role.STAFF)).exchange())
			.hasStatus(403);
	}

	@Test
	void aCalendarSettingTakesOnlyWhatItsTypeAndRangeAllow() {
		String before = this.channels.calendarSetting("sync.max_redirects", "");

		assertField(put("sync.max_redirects", "99"), "value");
		assertField(put("sync.max_redirects", "\"three\""), "value");
		assertField(put("sync.max_redirects", "2.5"), "value");
		assertField(put("sync.max_redirects", "null"), "value");
		assertField(put("color.confirmed", "\"green\""), "value");
		assertField(put("color.confirmed", "\"#12345\""), "value");
		assertField(put("export.webcal_enabled", "\"yes\""), "value");
		assertField(put("export.blocked_title", "\"" + "x".repeat(501) + "\""), "value");
		assertThat(this.mvc.put()
			.uri("/api/v1/calendar-settings/sync.max_redirects")
			.with(role(Role.ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"other\": 1}")
			.exchange()).hasStatus(400);
		MvcTestResult unknown = put("sync.no_such_setting", "1");
		assertThat(unknown).hasStatus(404);
		assertThat(unknown).bodyJson().extractingPath("$.type").asString().endsWith("/not-found");
		assertThat(this.channels.calendarSetting("sync.max_redirects", "")).isEqualTo(before);

		MvcTestResult redirects = put("sync.max_redirects", "5");
		MvcTestResult colour = put("color.confirmed", "\"#ABCDEF\"");
		MvcTestResult webcal = put("export.webcal_enabled", "false");

		assertThat(redirects).hasStatusOk();
		assertThat(redirects).bodyJson().extractingPath("$.value").isEqualTo("5");
		assertThat(redirects).bodyJson().extractingPath("$.max").isEqualTo(10);
		assertThat(colour).bodyJson().extractingPath("$.value").isEqualTo("#abcdef");
		assertThat(webcal).bodyJson().extractingPath("$.value").isEqualTo("false");
		assertThat(webcal).bodyJson().extractingPath("$.updatedBy").isEqualTo(ADMIN);
		assertThat(this.jdbc.sql("""
				SELECT details FROM audit_events WHERE action = 'calendar_setting.updated' AND target_id = :key
				""").param("key", "sync.max_redirects").query(String.class).single()).isEqualTo(before + " → 5");
		put("export.webcal_enabled", "true");
		assertThat(this.mvc.put()
			.uri("/api/v1/calendar-settings/sync.max_redirects")
			.with(role(Role.STAFF))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\": 3}")
			.exchange()).hasStatus(403);
	}

	@Test
	void aTimeZoneSettingTakesOnlyAZoneJavaKnows() {
		this.jdbc.sql("""
				INSERT INTO calendar_settings (setting_key, setting_value, value_type, description)
				SELECT 'test.zone', 'Asia/Makassar', 'timezone', 'A zone for this test' FROM calendar_settings
				WHERE setting_key = 'sync.max_redirects'
				  AND NOT EXISTS (SELECT 1 FROM calendar_settings WHERE setting_key = 'test.zone')
				""").update();

		assertField(put("test.zone", "\"Mars/Olympus_Mons\""), "value");
		assertThat(put("test.zone", "\"Asia/Jakarta\"")).bodyJson().extractingPath("$.value").isEqualTo("Asia/Jakarta");
	}

	@Test
	void integrationsCarryTheirSyncStatistics() {
		Feed feed = feed();
		LocalDate in = this.catalog.today().plusDays(60);
		feed.serve(AirbnbFeed.of(AirbnbFeed.event("s1@airbnb.com", in, in.plusDays(2), "Reserved")));
		this.sync.sync(feed.id(), "manual", ADMIN);
		feed.respond(500, "down");
		this.sync.sync(feed.id(), "manual", ADMIN);

		MvcTestResult one = this.mvc.get().uri("/api/v1/integrations/" + feed.id()).with(role(Role.STAFF)).exchange();
		MvcTestResult all = this.mvc.get().uri("/api/v1/integrations").with(role(Role.STAFF)).exchange();

		assertThat(one).hasStatusOk();
		assertThat(one).bodyJson().extractingPath("$.lastResult").isEqualTo("failed");
		assertThat(one).bodyJson().extractingPath("$.statistics.runs").isEqualTo(2);
		assertThat(one).bodyJson().extractingPath("$.statistics.successRate").isEqualTo(0.5);
		assertThat(one).bodyJson().extractingPath("$.statistics.consecutiveFailures").isEqualTo(1);
		assertThat(one).bodyJson().extractingPath("$.statistics.failing").isEqualTo(true);
		assertThat(one).bodyJson().extractingPath("$.statistics.stale").isEqualTo(false);
		assertThat(one).bodyJson().extractingPath("$.statistics.stalenessSeconds").asNumber().isNotNull();
		assertThat(all).bodyJson()
			.extractingPath("$.items[?(@.id == " + feed.id() + ")].statistics.runs")
			.asArray()
			.containsExactly(2);
		java.time.Instant hourAgo = java.time.Instant.now().minus(Duration.ofHours(1));
		assertThat(this.history
			.search(new SyncHistory.RunSearch(feed.id(), "failed", "import", hourAgo,
					hourAgo.plus(Duration.ofHours(2))), 0, 10)
			.items()).singleElement().satisfies((run) -> {
				assertThat(run.integrationName()).isEqualTo("Airbnb " + feed.room());
				assertThat(run.record().httpStatus()).isEqualTo(500);
			});
		assertThat(this.history.search(new SyncHistory.RunSearch(feed.id(), null, null, null, null), 1, 1).total())
			.isEqualTo(2);
	}

	@Test
	void prometheusScrapesTheChannelFiguresWithATokenThatMayReadMetrics() throws Exception {
		Feed feed = feed();
		LocalDate in = this.catalog.today().plusDays(80);
		ChannelFixtures.book(this.bookings, feed.room(), in, 1, "Direct");
		feed.serve(AirbnbFeed.of(AirbnbFeed.event("p1@airbnb.com", in, in.plusDays(3), "Reserved")));
		this.sync.sync(feed.id(), "manual", ADMIN);
		String tags = "{integration=\"" + feed.id() + "\",kind=\"airbnb\"}";
		String token = token(ADMIN, "admin-password-x1");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			MvcTestResult scrape = this.mvc.get()
				.uri("/actuator/prometheus")
				.header("Authorization", "Bearer " + token)
				.exchange();
			assertThat(scrape).hasStatusOk();
			assertThat(scrape).bodyText()
				.contains("pondok_channel_feed_staleness_seconds" + tags)
				.contains("pondok_channel_feed_stale" + tags + " 0.0")
				.contains("pondok_channel_feed_success_ratio" + tags + " 1.0")
				.contains("pondok_channel_feed_last_duration_seconds" + tags)
				.contains("pondok_channel_feed_consecutive_failures" + tags + " 0.0")
				.contains("pondok_channel_feed_open_conflicts" + tags + " 1.0")
				.contains("pondok_channel_import_duration_seconds_bucket{kind=\"airbnb\"")
				.contains("pondok_channel_imports_total{result=\"success\"}");
		});
		assertThat(this.mvc.get().uri("/actuator/prometheus").exchange()).hasStatus(401);
		if (this.staff.member("desk@channel-api.test").isEmpty()) {
			this.staff.createMember(
					new NewStaffMember("desk@channel-api.test", "Desk", null, Role.STAFF, "Desk-password-for-tests-1"));
		}
		assertThat(this.mvc.get()
			.uri("/actuator/prometheus")
			.header("Authorization", "Bearer " + token("desk@channel-api.test", "Desk-password-for-tests-1"))
			.exchange()).hasStatus(403);
	}

	private String token(String email, String password) throws Exception {
		String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
		MvcTestResult issued = this.mvc.post()
			.uri("/api/v1/auth/tokens")
			.header("Authorization", "Basic " + basic)
			.exchange();
		assertThat(issued).hasStatus(201);
		String body = issued.getResponse().getContentAsString(StandardCharsets.UTF_8);
		return body.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	private long conflictId(Feed feed) {
		return this.jdbc.sql("SELECT id FROM channel_conflicts WHERE integration_id = :id AND status = 'open'")
			.param("id", feed.id())
			.query(Long.class)
			.single();
	}

	private MvcTestResult post(String uri, String json) {
		return this.mvc.post()
			.uri(uri)
			.with(role(Role.ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult put(String key, String value) {
		return this.mvc.put()
			.uri("/api/v1/calendar-settings/" + key)
			.with(role(Role.ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\": " + value + "}")
			.exchange();
	}

	private static void assertField(MvcTestResult result, String field) {
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.type").asString().endsWith("/validation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
	}

	private static RequestPostProcessor role(Role role) {
		return user(ADMIN).authorities(AuthorityUtils.createAuthorityList(role.authorities()));
	}

	private Feed feed() {
		String room = "api-" + ROOMS.incrementAndGet();
		ChannelFixtures.villa(this.catalog, room);
		String path = "/ical/" + room + ".ics";
		IntegrationView integration = this.channels.addIntegration(new NewIntegration(IntegrationKind.AIRBNB,
				"Airbnb " + room, room, ota.baseUrl() + path, 60, "active", null), ADMIN);
		return new Feed(integration.id(), room, path);
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
