package org.pondok.channel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingView;
import org.pondok.catalog.Catalog;
import org.pondok.inventory.NightsUnavailableException;
import org.pondok.shared.StayPeriod;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A booking for the next few days fetches its room's feeds again first, so a night an OTA
 * sold since the last import is refused, while a slow or broken OTA never stops the
 * booking and bookings arriving together share one fetch.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:feed-import-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/feed-import-tests", "pondok.admin-password=admin-password-x1",
		"pondok.channel.allow-private-hosts=true", "pondok.channel.import-initial-delay=PT10H" })
@AutoConfigureMockMvc
class PreBookingRefreshTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final AtomicInteger ROOMS = new AtomicInteger();

	static WireMockServer ota = new WireMockServer(WireMockConfiguration.options().dynamicPort());

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
	void aBookingForTomorrowIsRefusedWhenTheFeedNowBlocksItsNights() {
		Feed feed = feed();
		LocalDate tomorrow = this.catalog.today().plusDays(1);
		feed.serve(airbnb(tomorrow, tomorrow.plusDays(2)));

		MvcTestResult result = book(feed.room, tomorrow, tomorrow.plusDays(2));

		assertThat(result).hasStatus(409);
		assertThat(result).bodyJson().extractingPath("$.type").asString().endsWith("/unavailable");
		assertThat(this.sync.history(feed.id, 10)).singleElement().satisfies((run) -> {
			assertThat(run.trigger()).isEqualTo("pre_booking");
			assertThat(run.result()).isEqualTo("success");
			assertThat(run.added()).isEqualTo(1);
		});
	}

	@Test
	void aSlowFeedDoesNotStopTheBookingAndIsRecordedFailed() {
		Feed feed = feed();
		LocalDate tomorrow = this.catalog.today().plusDays(1);
		String timeout = this.channels.calendarSetting("sync.pre_booking_timeout_seconds", "4");
		setting("sync.pre_booking_timeout_seconds", "1");
		try {
			ota.stubFor(get(urlEqualTo(feed.path)).willReturn(
					aResponse().withStatus(200).withFixedDelay(3000).withBody(airbnb(tomorrow, tomorrow.plusDays(2)))));

			MvcTestResult result = book(feed.room, tomorrow, tomorrow.plusDays(2));

			assertThat(result).hasStatus(201);
			assertThat(this.sync.history(feed.id, 10)).singleElement().satisfies((run) -> {
				assertThat(run.trigger()).isEqualTo("pre_booking");
				assertThat(run.result()).isEqualTo("failed");
				assertThat(run.error()).isEqualTo("No complete answer within 1 s");
			});
		}
		finally {
			setting("sync.pre_booking_timeout_seconds", timeout);
		}
	}

	@Test
	void aStayFarAheadOrAFreshFeedFetchesNothing() {
		Feed far = feed();
		LocalDate later = this.catalog.today().plusDays(20);
		far.serve(airbnb(later, later.plusDays(2)));
		Feed fresh = feed();
		LocalDate tomorrow = this.catalog.today().plusDays(1);
		fresh.serve(airbnb(tomorrow.plusDays(5), tomorrow.plusDays(6)));
		this.sync.sync(fresh.id, "manual", "admin@pondok.local");

		assertThat(book(far.room, later.plusDays(5), later.plusDays(6))).hasStatus(201);
		assertThat(book(fresh.room, tomorrow, tomorrow.plusDays(1))).hasStatus(201);

		ota.verify(0, getRequestedFor(urlEqualTo(far.path)));
		ota.verify(1, getRequestedFor(urlEqualTo(fresh.path)));
		assertThat(this.sync.history(far.id, 10)).isEmpty();
		assertThat(this.sync.history(fresh.id, 10)).extracting(SyncRecord::trigger).containsExactly("manual");
	}

	@Test
	void aFeedWhoseLastGoodImportIsOlderThanTheLimitIsFetchedAgain() {
		Feed feed = feed();
		LocalDate tomorrow = this.catalog.today().plusDays(1);
		feed.serve(airbnb(tomorrow.plusDays(5), tomorrow.plusDays(6)));
		this.sync.sync(feed.id, "manual", "admin@pondok.local");
		this.jdbc.sql("UPDATE platform_integrations SET last_success_at = :old WHERE id = :id")
			.param("old", java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(6))))
			.param("id", feed.id)
			.update();
		feed.serve(airbnb(tomorrow, tomorrow.plusDays(1)));

		assertThat(book(feed.room, tomorrow, tomorrow.plusDays(1))).hasStatus(409);
		assertThat(this.sync.history(feed.id, 10)).extracting(SyncRecord::trigger)
			.containsExactly("pre_booking", "manual");
	}

	@Test
	void movingABookingToTomorrowFetchesTheFeedFirst() {
		Feed feed = feed();
		LocalDate tomorrow = this.catalog.today().plusDays(1);
		BookingView booking = ChannelFixtures.book(this.bookings, feed.room, tomorrow.plusDays(30), 2, "Made");
		feed.serve(airbnb(tomorrow, tomorrow.plusDays(1)));

		assertThatThrownBy(() -> this.bookings.changeStay(booking.reference(), null,
				new StayPeriod(tomorrow, tomorrow.plusDays(2)), "desk@pondok.local"))
			.isInstanceOf(NightsUnavailableException.class);
		assertThat(this.bookings.booking(booking.reference()).stay().checkIn()).isEqualTo(tomorrow.plusDays(30));
		assertThat(this.sync.history(feed.id, 10)).extracting(SyncRecord::trigger).containsExactly("pre_booking");
	}

	@Test
	void bookingsArrivingTogetherShareOneFetch() throws Exception {
		Feed feed = feed();
		LocalDate tomorrow = this.catalog.today().plusDays(1);
		ota.stubFor(get(urlEqualTo(feed.path)).willReturn(aResponse().withStatus(200)
			.withFixedDelay(1500)
			.withBody(airbnb(tomorrow.plusDays(10), tomorrow.plusDays(11)))));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Boolean>> racers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String guest = "Racer" + i;
			Callable<Boolean> racer = () -> {
				go.await();
				try {
					ChannelFixtures.book(this.bookings, feed.room, tomorrow, 1, guest);
					return true;
				}
				catch (NightsUnavailableException ex) {
					return false;
				}
			};
			racers.add(pool.submit(racer));
		}

		go.countDown();
		List<Boolean> booked = new ArrayList<>();
		for (Future<Boolean> racer : racers) {
			booked.add(racer.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(booked).containsOnlyOnce(true);
		ota.verify(1, getRequestedFor(urlEqualTo(feed.path)));
		assertThat(this.sync.history(feed.id, 10)).singleElement()
			.satisfies((run) -> assertThat(run.trigger()).isEqualTo("pre_booking"));
	}

	private MvcTestResult book(String room, LocalDate checkIn, LocalDate checkOut) {
		String body = """
				{"roomCode":"%s","checkIn":"%s","checkOut":"%s","adults":2,"children":0,
				 "guest":{"firstName":"Made","lastName":"Guest","email":"guest@example.com","country":"ID",
				          "language":"en"},
				 "paymentMethod":"bank_transfer"}
				""".formatted(room, checkIn, checkOut);
		return this.mvc.post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	private Feed feed() {
		String room = "soon-" + ROOMS.incrementAndGet();
		ChannelFixtures.villa(this.catalog, room);
		String path = "/ical/" + room + ".ics";
		IntegrationView integration = this.channels.addIntegration(new NewIntegration(IntegrationKind.AIRBNB,
				"Airbnb " + room, room, ota.baseUrl() + path, 60, "active", null), "admin@pondok.local");
		return new Feed(integration.id(), room, path);
	}

	private void setting(String key, String value) {
		this.jdbc.sql("UPDATE calendar_settings SET setting_value = :value WHERE setting_key = :key")
			.param("value", value)
			.param("key", key)
			.update();
	}

	private static String airbnb(LocalDate start, LocalDate end) {
		return "BEGIN:VCALENDAR\r\nPRODID;X-RICAL-TZSOURCE=TZINFO:-//Airbnb Inc//Hosting Calendar 0.8.8//EN\r\n"
				+ "VERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:" + start.format(DAY) + "\r\nDTEND;VALUE=DATE:"
				+ end.format(DAY) + "\r\nUID:" + start + "@airbnb.com\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\n"
				+ "END:VCALENDAR\r\n";
	}

	private record Feed(long id, String room, String path) {

		void serve(String body) {
			ota.stubFor(get(urlEqualTo(this.path))
				.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/calendar").withBody(body)));
		}

	}

}
