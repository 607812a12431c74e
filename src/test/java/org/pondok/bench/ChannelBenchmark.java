package org.pondok.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.pondok.TestDatabases;
import org.pondok.catalog.CancellationPolicy;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.NewRoom;
import org.pondok.catalog.VillaDetails;
import org.pondok.channel.ChannelManagement;
import org.pondok.channel.ChannelSync;
import org.pondok.channel.IntegrationKind;
import org.pondok.channel.IntegrationView;
import org.pondok.channel.NewIntegration;
import org.pondok.channel.NewSubscription;
import org.pondok.channel.SubscriptionView;
import org.pondok.channel.SyncResult;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * Prints what the channel work costs: importing a 10,000-event feed served by WireMock
 * (first import, the same feed again, and a 304), and serving a room's export with three
 * years of holds (p50/p99, bytes, and a 304), on H2 and, when
 * {@code PONDOK_TEST_MARIADB_URL} is set, on MariaDB. Time is wall-clock; memory is what
 * the importing thread allocated ({@code ThreadMXBean#getCurrentThreadAllocatedBytes}),
 * which includes the fetch, the parse and, on H2, the database's own work. Runs only with
 * {@code ./mvnw -Pbench verify}; it asserts nothing about time.
 */
class ChannelBenchmark {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final int EVENTS = 10_000;

	private static final int FIRST_IMPORTS = 3;

	private static final int REIMPORTS = 5;

	private static final int NOT_MODIFIED = 50;

	private static final int EXPORT_WARM_UP = 200;

	private static final int EXPORTS = 1000;

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	@Test
	void h2() throws Exception {
		run(TestDatabases.Vendor.H2);
	}

	@Test
	@EnabledIfEnvironmentVariable(named = TestDatabases.MARIADB_VARIABLE, matches = ".+")
	void mariadb() throws Exception {
		run(TestDatabases.Vendor.MARIADB);
	}

	private void run(TestDatabases.Vendor vendor) throws Exception {
		WireMockServer ota = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		ota.start();
		Path dataDir = Files.createTempDirectory("pondok-bench");
		try (ConfigurableApplicationContext app = BenchApplications.start(TestDatabases.fresh(vendor), dataDir, false,
				Map.of("pondok.security.feed-rate-limit-per-hour", "100000000", "pondok.channel.allow-private-hosts",
						"true", "pondok.channel.import-initial-delay", "PT10H"))) {
			Catalog catalog = app.getBean(Catalog.class);
			villa(catalog);
			JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
			// every event of the feed counts: ten thousand single nights, one every other
			// day
			jdbc.update("UPDATE calendar_settings SET setting_value = '1200' WHERE setting_key = ?",
					"sync.rrule_horizon_months");
			imports(vendor, app, catalog, ota);
			exports(vendor, app, catalog, jdbc);
		}
		finally {
			ota.stop();
		}
	}

	private static void imports(TestDatabases.Vendor vendor, ConfigurableApplicationContext app, Catalog catalog,
			WireMockServer ota) {
		ChannelManagement channels = app.getBean(ChannelManagement.class);
		ChannelSync sync = app.getBean(ChannelSync.class);
		String feed = feed(catalog.today().plusDays(1));
		ota.stubFor(get(urlEqualTo("/bench/full.ics"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/calendar").withBody(feed)));
		ota.stubFor(get(urlEqualTo("/bench/conditional.ics"))
			.willReturn(aResponse().withStatus(200).withHeader("ETag", "\"v1\"").withBody(feed)));
		ota.stubFor(get(urlEqualTo("/bench/conditional.ics")).withHeader("If-None-Match", equalTo("\"v1\""))
			.willReturn(aResponse().withStatus(304)));
		System.out.printf(Locale.ROOT, "%n[bench] %s feed: %d events, %,d bytes%n", vendor, EVENTS,
				feed.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
		List<IntegrationView> integrations = new ArrayList<>();
		for (int i = 1; i <= FIRST_IMPORTS; i++) {
			String room = "import-" + i;
			room(catalog, room, 1);
			integrations.add(channels.addIntegration(new NewIntegration(IntegrationKind.ICAL, "Bench " + room, room,
					ota.baseUrl() + ((i == 1) ? "/bench/conditional.ics" : "/bench/full.ics"), 60, "active", null),
					"bench"));
		}
		for (IntegrationView integration : integrations) {
			measureImport(vendor, "first import", () -> sync.sync(integration.id(), "manual", "bench"));
		}
		IntegrationView full = integrations.get(1);
		for (int i = 0; i < REIMPORTS; i++) {
			measureImport(vendor, "unchanged again", () -> sync.sync(full.id(), "manual", "bench"));
		}
		IntegrationView conditional = integrations.get(0);
		List<Long> times = new ArrayList<>();
		long allocated = 0;
		String result = "";
		for (int i = 0; i < NOT_MODIFIED; i++) {
			long bytes = THREADS.getCurrentThreadAllocatedBytes();
			long began = System.nanoTime();
			result = sync.sync(conditional.id(), "manual", "bench").result();
			times.add(System.nanoTime() - began);
			allocated += THREADS.getCurrentThreadAllocatedBytes() - bytes;
		}
		Collections.sort(times);
		System.out.printf(Locale.ROOT,
				"[bench] %-10s import 304 (%s)     n=%d  p50=%7.2f ms  p99=%7.2f ms  allocated=%,d bytes each%n",
				vendor, result, NOT_MODIFIED, percentile(times, 50), percentile(times, 99), allocated / NOT_MODIFIED);
	}

	private static void measureImport(TestDatabases.Vendor vendor, String what,
			java.util.function.Supplier<SyncResult> work) {
		System.gc();
		long heap = usedHeap();
		long bytes = THREADS.getCurrentThreadAllocatedBytes();
		long began = System.nanoTime();
		SyncResult result = work.get();
		double millis = (System.nanoTime() - began) / 1e6;
		long allocated = THREADS.getCurrentThreadAllocatedBytes() - bytes;
		System.gc();
		long grown = usedHeap() - heap;
		System.out.printf(Locale.ROOT,
				"[bench] %-10s import %-16s %8.1f ms  allocated=%,14d bytes  retained=%,12d bytes  "
						+ "%s added=%d changed=%d removed=%d%n",
				vendor, what, millis, allocated, grown, result.result(), result.added(), result.changed(),
				result.removed());
	}

	private static void exports(TestDatabases.Vendor vendor, ConfigurableApplicationContext app, Catalog catalog,
			JdbcTemplate jdbc) throws Exception {
		String room = "export-room";
		room(catalog, room, 1);
		int holds = threeYearsOfHolds(catalog, jdbc, room);
		SubscriptionView feed = app.getBean(ChannelManagement.class)
			.subscribe(new NewSubscription("Bench export", "room", room, "airbnb", false), "bench");
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		String path = URI.create(feed.url()).getRawPath();
		HttpResponse<byte[]> first = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		String body = new String(first.body(), java.nio.charset.StandardCharsets.UTF_8);
		long events = body.lines().filter((line) -> line.equals("BEGIN:VEVENT")).count();
		System.out.printf(Locale.ROOT, "[bench] %s export: %d holds in the database, %d events, %,d bytes%n", vendor,
				holds, events, first.body().length);
		byte[] plain = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/calendar\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		byte[] conditional = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/calendar\r\nIf-None-Match: "
				+ etag + "\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		try (HttpConnection http = new HttpConnection("127.0.0.1", port)) {
			for (int i = 0; i < EXPORT_WARM_UP; i++) {
				http.send(plain);
				http.send(conditional);
			}
			exportLatency(vendor, "export 200", () -> http.send(plain));
			exportLatency(vendor, "export 304", () -> http.send(conditional));
		}
	}

	private static void exportLatency(TestDatabases.Vendor vendor, String what, Call call) throws Exception {
		List<Long> times = new ArrayList<>();
		Map<Integer, Integer> statuses = new HashMap<>();
		long began = System.nanoTime();
		for (int i = 0; i < EXPORTS; i++) {
			long start = System.nanoTime();
			int status = call.run();
			times.add(System.nanoTime() - start);
			statuses.merge(status, 1, Integer::sum);
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		Collections.sort(times);
		System.out.printf(Locale.ROOT,
				"[bench] %-10s %-23s n=%d  p50=%7.2f ms  p99=%7.2f ms  %.0f/s one client  statuses=%s%n", vendor, what,
				EXPORTS, percentile(times, 50), percentile(times, 99), EXPORTS / seconds, statuses);
	}

	/**
	 * Ten thousand one-night events, one every other day, shaped like a PMS export.
	 */
	private static String feed(LocalDate first) {
		StringBuilder feed = new StringBuilder(EVENTS * 200);
		feed.append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bench PMS//EN\r\nCALSCALE:GREGORIAN\r\n");
		for (int i = 0; i < EVENTS; i++) {
			LocalDate start = first.plusDays(2L * i);
			feed.append("BEGIN:VEVENT\r\nUID:bench-")
				.append(i)
				.append("@pms.example\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:")
				.append(start.format(DAY))
				.append("\r\nDTEND;VALUE=DATE:")
				.append(start.plusDays(1).format(DAY))
				.append("\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\n");
		}
		return feed.append("END:VCALENDAR\r\n").toString();
	}

	/**
	 * Bookings from a year ago to two years ahead at about 70% occupancy, written
	 * straight into the tables.
	 */
	private static int threeYearsOfHolds(Catalog catalog, JdbcTemplate jdbc, String room) {
		long unit = catalog.requireRoom(room).unitIds().get(0);
		Random random = new Random(11);
		LocalDate cursor = catalog.today().minusYears(1);
		LocalDate end = catalog.today().plusYears(2);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> bookings = new ArrayList<>();
		List<Object[]> nights = new ArrayList<>();
		int count = 0;
		while (cursor.isBefore(end)) {
			int length = 1 + random.nextInt(6);
			LocalDate checkOut = cursor.plusDays(length);
			String reference = String.format("BK-8%06d", ++count);
			bookings.add(new Object[] { reference, room, unit, Date.valueOf(cursor), Date.valueOf(checkOut), length,
					now, now });
			for (LocalDate night = cursor; night.isBefore(checkOut); night = night.plusDays(1)) {
				nights.add(new Object[] { unit, Date.valueOf(night), reference, now });
			}
			cursor = checkOut.plusDays((random.nextInt(10) < 7) ? 0 : 1 + random.nextInt(4));
		}
		jdbc.batchUpdate("""
				INSERT INTO bookings (reference, room_code, unit_id, check_in, check_out, nights, adults, children,
				  guest_first_name, guest_last_name, guest_email, guest_language, source, currency, exchange_rate,
				  rooms_amount, total_amount, deposit_amount, payment_status, status, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, 2, 0, 'Bench', 'Guest', 'bench@example.com', 'en', 'direct', 'USD', 1,
				  100, 100, 100, 'paid', 'confirmed', ?, ?)
				""", bookings);
		jdbc.batchUpdate("""
				INSERT INTO inventory_nights (unit_id, night, holder, holder_ref, created_at)
				VALUES (?, ?, 'booking', ?, ?)
				""", nights);
		return count;
	}

	private static void villa(Catalog catalog) {
		catalog.saveVilla(new VillaDetails("Bench Villa", null, null, "Jl. Pantai 1", null, null, "ID", null, null,
				null, null, null, ZoneId.of("Asia/Makassar"), LocalTime.of(14, 0), LocalTime.of(12, 0), null, null,
				null, CurrencyCode.USD, new BigDecimal("11"), BigDecimal.TEN, new BigDecimal("30"), 14,
				new CancellationPolicy(7, new BigDecimal("50"))));
	}

	private static void room(Catalog catalog, String code, int units) {
		catalog.addRoom(new NewRoom(code, "Room " + code, null, null, 2, 1, 3, null, null, List.of(),
				Money.of("120", CurrencyCode.USD), 1, units, null, Map.of()));
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static double percentile(List<Long> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	@FunctionalInterface
	interface Call {

		int run() throws Exception;

	}

}
