package org.pondok.channel;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pondok.TestApplications;
import org.pondok.TestDatabases;
import org.pondok.catalog.CancellationPolicy;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.NewRoom;
import org.pondok.catalog.VillaDetails;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import schedule runs once across instances: two applications share one database,
 * both check for due feeds several times a second, and each due feed is still fetched
 * exactly once per round, however long its fetch takes. Subclasses name the database.
 */
abstract class FeedScheduleTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final int FEEDS = 3;

	static WireMockServer ota = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	@TempDir
	Path dataDir;

	abstract TestDatabases.Vendor vendor();

	@BeforeAll
	static void start() {
		ota.start();
		ota.resetAll();
	}

	@AfterAll
	static void stop() {
		ota.stop();
	}

	@Test
	void twoInstancesFetchEachDueFeedOncePerRound() throws Exception {
		TestDatabases.Database database = TestDatabases.fresh(vendor());
		Map<String, Object> often = Map.of("pondok.channel.allow-private-hosts", "true", "pondok.channel.import-check",
				"PT0.3S", "pondok.channel.import-initial-delay", "PT0.3S");
		try (ConfigurableApplicationContext first = TestApplications.start(database, this.dataDir, false, often);
				ConfigurableApplicationContext second = TestApplications.start(database, this.dataDir, false, often)) {
			JdbcClient jdbc = JdbcClient.create(first.getBean(DataSource.class));
			List<String> paths = feeds(first);

			awaitImported(jdbc, Instant.EPOCH);
			// both instances keep checking meanwhile; nothing is due again
			Thread.sleep(3000);

			paths.forEach((path) -> ota.verify(1, getRequestedFor(urlEqualTo(path))));

			Instant marker = Instant.now();
			jdbc.sql("UPDATE platform_integrations SET last_sync_at = :old")
				.param("old", Timestamp.from(marker.minus(Duration.ofHours(1))))
				.update();
			awaitImported(jdbc, marker);
			Thread.sleep(3000);

			paths.forEach((path) -> ota.verify(2, getRequestedFor(urlEqualTo(path))));
			assertThat(jdbc.sql("SELECT trigger_kind FROM platform_sync_history").query(String.class).list())
				.hasSize(2 * FEEDS)
				.containsOnly("schedule");
			assertThat(jdbc.sql("SELECT result FROM platform_sync_history").query(String.class).list())
				.isSubsetOf("success", "not_modified");
			assertThat(second.getBean(ChannelSync.class).due()).isEmpty();
		}
	}

	/**
	 * Rooms with an active feed each, served slowly so that a round takes longer than the
	 * interval between checks.
	 */
	private static List<String> feeds(ConfigurableApplicationContext app) {
		Catalog catalog = app.getBean(Catalog.class);
		catalog.saveVilla(new VillaDetails("Schedule Villa", null, null, "Jl. Test 1", null, null, "ID", null, null,
				null, null, null, ZoneId.of("Asia/Makassar"), LocalTime.of(14, 0), LocalTime.of(12, 0), null, null,
				null, CurrencyCode.USD, BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("30"), 14,
				new CancellationPolicy(7, new BigDecimal("50"))));
		ChannelManagement channels = app.getBean(ChannelManagement.class);
		LocalDate in = catalog.today().plusDays(30);
		List<String> paths = new ArrayList<>();
		for (int i = 1; i <= FEEDS; i++) {
			String room = "scheduled-" + i;
			catalog.addRoom(new NewRoom(room, "Room " + i, null, null, 2, 1, 3, null, null, List.of(),
					Money.of("100", CurrencyCode.USD), 1, 1, null, Map.of()));
			String path = "/schedule/" + room + ".ics";
			ota.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
				.withFixedDelay(1000)
				.withBody("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:" + room
						+ "\r\nDTSTART;VALUE=DATE:" + in.plusDays(i).format(DAY) + "\r\nDTEND;VALUE=DATE:"
						+ in.plusDays(i + 2).format(DAY) + "\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")));
			paths.add(path);
			channels.addIntegration(new NewIntegration(IntegrationKind.AIRBNB, "Airbnb " + room, room,
					ota.baseUrl() + path, 60, "active", null), "admin@pondok.test");
		}
		return paths;
	}

	private static void awaitImported(JdbcClient jdbc, Instant after) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			long imported = jdbc.sql("SELECT COUNT(*) FROM platform_integrations WHERE last_sync_at > :after")
				.param("after", Timestamp.from(after))
				.query(Long.class)
				.single();
			if (imported == FEEDS) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The feeds were not all imported within 60 s");
	}

}
