package org.pondok.channel.rest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pondok.catalog.Catalog;
import org.pondok.channel.ChannelManagement;
import org.pondok.channel.IntegrationKind;
import org.pondok.channel.IntegrationView;
import org.pondok.channel.NewIntegration;
import org.pondok.catalog.CancellationPolicy;
import org.pondok.catalog.NewRoom;
import org.pondok.catalog.VillaDetails;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;
import org.pondok.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Importing on demand and reading the sync history over the API: what a run did, newest
 * first, a problem for an integration that does not exist, and each call only for those
 * allowed it.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:feed-import-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/feed-import-tests", "pondok.admin-password=admin-password-x1",
		"pondok.channel.allow-private-hosts=true", "pondok.channel.import-initial-delay=PT10H" })
@AutoConfigureMockMvc
class IntegrationSyncApiTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	static WireMockServer ota = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Catalog catalog;

	@Autowired
	ChannelManagement channels;

	private static int rooms;

	@BeforeAll
	static void start() {
		ota.start();
	}

	@AfterAll
	static void stop() {
		ota.stop();
	}

	@Test
	void anImportOnDemandAnswersWhatItDidAndTheHistoryListsItNewestFirst() {
		IntegrationView integration = integration();
		LocalDate in = this.catalog.today().plusDays(40);
		serve(integration, feed(in, in.plusDays(2)));

		MvcTestResult first = this.mvc.post()
			.uri("/api/v1/integrations/{id}/sync", integration.id())
			.with(manager())
			.exchange();
		serve(integration, "<html>Down for maintenance</html>");
		MvcTestResult second = this.mvc.post()
			.uri("/api/v1/integrations/{id}/sync", integration.id())
			.with(manager())
			.exchange();
		MvcTestResult history = this.mvc.get()
			.uri("/api/v1/integrations/{id}/sync-history", integration.id())
			.with(reader())
			.exchange();

		assertThat(first).hasStatusOk();
		assertThat(first).bodyJson().extractingPath("$.status").isEqualTo("success");
		assertThat(first).bodyJson().extractingPath("$.added").isEqualTo(1);
		assertThat(second).hasStatusOk();
		assertThat(second).bodyJson().extractingPath("$.status").isEqualTo("failed");
		assertThat(second).bodyJson().extractingPath("$.error").asString().contains("not an iCalendar");
		assertThat(history).hasStatusOk();
		assertThat(history).bodyJson().extractingPath("$.items.length()").isEqualTo(2);
		assertThat(history).bodyJson().extractingPath("$.items[0].result").isEqualTo("failed");
		assertThat(history).bodyJson().extractingPath("$.items[0].trigger").isEqualTo("manual");
		assertThat(history).bodyJson().extractingPath("$.items[1].result").isEqualTo("success");
		assertThat(history).bodyJson().extractingPath("$.items[1].httpStatus").isEqualTo(200);
		assertThat(history).bodyJson().extractingPath("$.items[1].added").isEqualTo(1);
	}

	@Test
	void anUnknownIntegrationIsAProblemNotFound() {
		MvcTestResult sync = this.mvc.post().uri("/api/v1/integrations/987654/sync").with(manager()).exchange();
		MvcTestResult history = this.mvc.get()
			.uri("/api/v1/integrations/987654/sync-history")
			.with(reader())
			.exchange();

		for (MvcTestResult result : new MvcTestResult[] { sync, history }) {
			assertThat(result).hasStatus(404);
			assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
			assertThat(result).bodyJson().extractingPath("$.type").asString().endsWith("/not-found");
			assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("987654");
		}
	}

	@Test
	void importingNeedsChannelsWriteAndTheHistoryChannelsRead() {
		IntegrationView integration = integration();

		assertThat(this.mvc.post().uri("/api/v1/integrations/{id}/sync", integration.id()).exchange()).hasStatus(401);
		assertThat(this.mvc.get().uri("/api/v1/integrations/{id}/sync-history", integration.id()).exchange())
			.hasStatus(401);
		MvcTestResult refused = this.mvc.post()
			.uri("/api/v1/integrations/{id}/sync", integration.id())
			.with(reader())
			.exchange();
		assertThat(refused).hasStatus(403);
		assertThat(refused).bodyJson().extractingPath("$.type").asString().endsWith("/forbidden");
		assertThat(this.mvc.get()
			.uri("/api/v1/integrations/{id}/sync-history", integration.id())
			.with(user("guest@pondok.test").authorities(new SimpleGrantedAuthority("bookings.read")))
			.exchange()).hasStatus(403);
		assertThat(this.mvc.get()
			.uri("/api/v1/integrations/{id}/sync-history", integration.id())
			.with(reader())
			.exchange()).hasStatusOk().bodyJson().extractingPath("$.items.length()").isEqualTo(0);
	}

	private IntegrationView integration() {
		String room = "api-sync-" + (++rooms);
		if (!this.catalog.hasVilla()) {
			this.catalog.saveVilla(new VillaDetails("Test Villa", null, null, "Jl. Uji 1", null, null, "ID", null, null,
					null, null, null, java.time.ZoneId.of("Asia/Makassar"), java.time.LocalTime.of(14, 0),
					java.time.LocalTime.of(12, 0), null, null, null, CurrencyCode.USD, new java.math.BigDecimal("11"),
					java.math.BigDecimal.TEN, new java.math.BigDecimal("30"), 14,
					new CancellationPolicy(7, new java.math.BigDecimal("50"))));
		}
		this.catalog.addRoom(new NewRoom(room, "Room " + room, null, null, 2, 1, 3, null, null, java.util.List.of(),
				Money.of("120", CurrencyCode.USD), 1, 1, null, java.util.Map.of()));
		return this.channels.addIntegration(new NewIntegration(IntegrationKind.BOOKING_COM, "Booking.com " + room, room,
				ota.baseUrl() + "/" + room + ".ics", 60, "active", null), "admin@pondok.local");
	}

	private static void serve(IntegrationView integration, String body) {
		ota.stubFor(get(urlEqualTo("/" + integration.roomCode() + ".ics"))
			.willReturn(aResponse().withStatus(200).withBody(body)));
	}

	private static String feed(LocalDate start, LocalDate end) {
		return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Booking.com//Booking.com Calendar//EN\r\n"
				+ "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:" + start.format(DAY) + "\r\nDTEND;VALUE=DATE:" + end.format(DAY)
				+ "\r\nUID:b1@booking.com\r\nSUMMARY:CLOSED - Not available\r\nEND:VEVENT\r\n" + "END:VCALENDAR\r\n";
	}

	private static RequestPostProcessor manager() {
		return user("manager@pondok.test").authorities(AuthorityUtils.createAuthorityList(Role.MANAGER.authorities()));
	}

	private static RequestPostProcessor reader() {
		return user("reader@pondok.test").authorities(new SimpleGrantedAuthority("channels.read"));
	}

}
