package org.pondok.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.pondok.TestDatabases;
import org.pondok.catalog.CancellationPolicy;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.NewRoom;
import org.pondok.catalog.RoomView;
import org.pondok.catalog.UnitView;
import org.pondok.catalog.VillaDetails;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints availability latency (p50/p99) and throughput over HTTP at 1 and 16 concurrent
 * clients, and booking creation throughput, on the demo villa and on a large property
 * (200 units, three years of bookings), on H2 and, when {@code PONDOK_TEST_MARIADB_URL}
 * is set, on MariaDB. Runs only with {@code ./mvnw -Pbench verify}; it asserts nothing
 * about time. {@code -Dbench.properties=large} measures one property only,
 * {@code -Dbench.clients=16} one number of clients, and {@code -Dbench.booking=false}
 * leaves out booking creation. Each run is measured once the JIT compiler is quiet.
 */
class BookingBenchmark {

	/**
	 * Load before each measured run: at least {@code -Dbench.warm-up} seconds, then on in
	 * slices until the JIT compiler has gone quiet or {@code -Dbench.warm-up-limit}
	 * seconds have passed. The compiler of a whole Spring application is busy for a
	 * minute and more under a new load, and while it runs it takes a core's share from
	 * the server.
	 */
	private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warm-up", 30));

	private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(Long.getLong("bench.warm-up-limit", 180));

	private static final Duration WARM_UP_SLICE = Duration.ofSeconds(5);

	/**
	 * Compiling time per slice below which the JIT counts as quiet: 5% of one core's
	 * time, counted as the compiler threads' wall time.
	 */
	private static final long QUIET_JIT_MILLIS = WARM_UP_SLICE.toMillis() / 20;

	/**
	 * Quiet slices in a row that end the warm-up: one alone is often a lull between two
	 * bursts of compiling.
	 */
	private static final int QUIET_SLICES = 2;

	private static final Duration MEASURE = Duration.ofSeconds(15);

	/**
	 * Random searches each client builds before it starts and then cycles through.
	 */
	private static final int PREPARED_SEARCHES = 4096;

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
		for (String property : List.of(System.getProperty("bench.properties", "demo,large").split(","))) {
			Path dataDir = Files.createTempDirectory("pondok-bench");
			TestDatabases.Database database = TestDatabases.fresh(vendor);
			try (ConfigurableApplicationContext app = BenchApplications.start(database, dataDir,
					property.equals("demo"), Map.of())) {
				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				if (property.equals("large")) {
					long started = System.nanoTime();
					int bookings = largeProperty(app);
					System.out.printf(Locale.ROOT,
							"%n[bench] %s large property: 200 units, %d bookings loaded in %.1f s%n", vendor, bookings,
							(System.nanoTime() - started) / 1e9);
				}
				LocalDate from = LocalDate.now(ZoneId.of("Asia/Makassar")).plusDays(20);
				for (int clients : clientCounts()) {
					measure(vendor, property, "availability", port, clients, (http, random) -> {
						LocalDate checkIn = from.plusDays(random.nextInt(300));
						return http.get("/api/v1/availability?checkIn=" + checkIn + "&checkOut="
								+ checkIn.plusDays(1 + random.nextInt(7)) + "&adults=2&currency=EUR");
					}, PREPARED_SEARCHES);
				}
				if (!Boolean.parseBoolean(System.getProperty("bench.booking", "true"))) {
					continue;
				}
				List<String> rooms = app.getBean(Catalog.class).rooms().stream().map(RoomView::code).toList();
				AtomicInteger sequence = new AtomicInteger();
				measure(vendor, property, "booking creation", port, 16, (http, random) -> {
					int n = sequence.incrementAndGet();
					LocalDate checkIn = from.plusDays(400 + random.nextInt(700));
					return post(http, rooms.get(random.nextInt(rooms.size())), checkIn,
							checkIn.plusDays(1 + random.nextInt(3)), n);
				}, 0);
			}
		}
	}

	/**
	 * The numbers of concurrent availability clients to measure with, from
	 * {@code -Dbench.clients=1,16} (the default).
	 */
	private static int[] clientCounts() {
		return Arrays.stream(System.getProperty("bench.clients", "1,16").split(","))
			.map(String::trim)
			.mapToInt(Integer::parseInt)
			.toArray();
	}

	/**
	 * 20 room types of 10 units each, and three years of bookings (past two years and the
	 * next year) at about 70% occupancy, written straight into the tables in batches.
	 */
	private static int largeProperty(ConfigurableApplicationContext app) {
		Catalog catalog = app.getBean(Catalog.class);
		catalog.saveVilla(new VillaDetails("Large Resort", null, null, "Jl. Pantai 1", null, null, "ID", null, null,
				null, null, null, ZoneId.of("Asia/Makassar"), LocalTime.of(14, 0), LocalTime.of(12, 0), null, null,
				null, CurrencyCode.USD, new BigDecimal("11"), BigDecimal.TEN, new BigDecimal("30"), 14,
				new CancellationPolicy(7, new BigDecimal("50"))));
		for (int type = 1; type <= 20; type++) {
			catalog.addRoom(new NewRoom("type-" + type, "Room type " + type, null, null, 2, 2, 4, null, null, List.of(),
					Money.of(String.valueOf(80 + type * 10), CurrencyCode.USD), 1, 10, null, Map.of()));
		}
		JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
		Random random = new Random(7);
		LocalDate start = LocalDate.now().minusYears(2);
		LocalDate end = LocalDate.now().plusYears(1);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> bookings = new ArrayList<>();
		List<Object[]> nights = new ArrayList<>();
		int count = 0;
		for (RoomView room : catalog.rooms()) {
			for (UnitView unit : room.units()) {
				LocalDate cursor = start;
				while (cursor.isBefore(end)) {
					int length = 1 + random.nextInt(6);
					LocalDate checkOut = cursor.plusDays(length);
					String reference = String.format("BK-9%06d", ++count);
					bookings.add(new Object[] { reference, room.code(), unit.id(), Date.valueOf(cursor),
							Date.valueOf(checkOut), length, now, now });
					for (LocalDate night = cursor; night.isBefore(checkOut); night = night.plusDays(1)) {
						nights.add(new Object[] { unit.id(), Date.valueOf(night), reference, now });
					}
					cursor = checkOut.plusDays(random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(4));
				}
			}
		}
		for (List<Object[]> batch : partition(bookings, 2000)) {
			jdbc.batchUpdate("""
					INSERT INTO bookings (reference, room_code, unit_id, check_in, check_out, nights, adults, children,
					  guest_first_name, guest_last_name, guest_email, guest_language, source, currency, exchange_rate,
					  rooms_amount, total_amount, deposit_amount, payment_status, status, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, 2, 0, 'Bench', 'Guest', 'bench@example.com', 'en', 'direct', 'USD', 1,
					  100, 100, 100, 'paid', 'confirmed', ?, ?)
					""", batch);
		}
		for (List<Object[]> batch : partition(nights, 5000)) {
			jdbc.batchUpdate("""
					INSERT INTO inventory_nights (unit_id, night, holder, holder_ref, created_at)
					VALUES (?, ?, 'booking', ?, ?)
					""", batch);
		}
		return count;
	}

	private static <T> List<List<T>> partition(List<T> all, int size) {
		List<List<T>> parts = new ArrayList<>();
		for (int i = 0; i < all.size(); i += size) {
			parts.add(all.subList(i, Math.min(all.size(), i + size)));
		}
		return parts;
	}

	private void measure(TestDatabases.Vendor vendor, String property, String what, int port, int clients, Call call,
			int prepared) throws Exception {
		String warmUp = warmUp(port, clients, call, prepared);
		Latencies latencies = new Latencies();
		AtomicInteger failures = new AtomicInteger();
		try (Pauses pauses = Pauses.start()) {
			long allocatedBefore = Allocation.total();
			long compiledBefore = JitActivity.totalMillis();
			long started = System.nanoTime();
			runFor(MEASURE, port, clients, call, prepared, latencies, failures);
			double seconds = (System.nanoTime() - started) / 1e9;
			long allocated = Allocation.total() - allocatedBefore;
			long compiled = JitActivity.totalMillis() - compiledBefore;
			long[] sorted = latencies.sorted();
			System.out.printf(Locale.ROOT,
					"[bench] %-10s %-5s %-17s clients=%2d  requests=%6d  throughput=%8.1f/s  p50=%7.2f ms  p99=%7.2f ms  non-2xx/409=%d%n",
					vendor, property, what, clients, sorted.length, sorted.length / seconds, percentile(sorted, 50),
					percentile(sorted, 99), failures.get());
			System.out.printf(Locale.ROOT,
					"[bench]            %-17s allocated=%6.1f KB/request  gc pauses=%d (%.1f/s)  max=%.1f ms  total=%.0f ms%n",
					"", (sorted.length == 0) ? Double.NaN : allocated / 1024.0 / sorted.length, pauses.count(),
					pauses.count() / seconds, pauses.maxMillis(), pauses.totalMillis());
			System.out.printf(Locale.ROOT, "[bench]            %-17s %s; JIT compiling while measured: %d ms%n", "",
					warmUp, compiled);
		}
	}

	/**
	 * Loads the server for at least the warm-up time, then in slices until two slices in
	 * a row pass with the JIT compiler all but idle, or the limit is reached.
	 * @return how long it took and how busy the compiler still was, for the report
	 */
	private static String warmUp(int port, int clients, Call call, int prepared) throws Exception {
		long started = System.nanoTime();
		runFor(WARM_UP, port, clients, call, prepared, new Latencies(), new AtomicInteger());
		long compiled = -1;
		int quiet = 0;
		while (JitActivity.measurable() && quiet < QUIET_SLICES
				&& System.nanoTime() - started < WARM_UP_LIMIT.toNanos()) {
			long before = JitActivity.totalMillis();
			runFor(WARM_UP_SLICE, port, clients, call, prepared, new Latencies(), new AtomicInteger());
			compiled = JitActivity.totalMillis() - before;
			quiet = (compiled <= QUIET_JIT_MILLIS) ? quiet + 1 : 0;
		}
		long seconds = Math.round((System.nanoTime() - started) / 1e9);
		return (compiled < 0) ? "warm-up " + seconds + " s" : String.format(Locale.ROOT,
				"warm-up %d s (JIT compiling %d ms in its last %d s)", seconds, compiled, WARM_UP_SLICE.toSeconds());
	}

	private static double percentile(long[] sorted, int percentile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	/**
	 * Runs the clients until the deadline. With {@code prepared > 0} each client builds
	 * that many requests before it starts and cycles through them, so the measured loop
	 * allocates nothing but the server's answers.
	 */
	private static void runFor(Duration duration, int port, int clients, Call call, int prepared, Latencies latencies,
			AtomicInteger failures) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> running = new ArrayList<>();
		List<HttpConnection> connections = new ArrayList<>();
		List<byte[][]> requests = new ArrayList<>();
		for (int client = 0; client < clients; client++) {
			HttpConnection http = new HttpConnection("127.0.0.1", port);
			connections.add(http);
			Random random = new Random(client);
			byte[][] own = new byte[prepared][];
			for (int i = 0; i < prepared; i++) {
				own[i] = call.request(http, random);
			}
			requests.add(own);
		}
		long deadline = System.nanoTime() + duration.toNanos();
		for (int client = 0; client < clients; client++) {
			HttpConnection http = connections.get(client);
			byte[][] own = requests.get(client);
			Random random = new Random(1000 + client);
			running.add(pool.submit(() -> {
				long[] times = new long[1 << 16];
				int count = 0;
				try (http) {
					for (int i = 0; System.nanoTime() < deadline; i++) {
						byte[] request = (own.length > 0) ? own[i % own.length] : call.request(http, random);
						long began = System.nanoTime();
						int status = http.send(request);
						long took = System.nanoTime() - began;
						if (count == times.length) {
							times = Arrays.copyOf(times, times.length * 2);
						}
						times[count++] = took;
						if (status != 200 && status != 201 && status != 409) {
							failures.incrementAndGet();
						}
					}
				}
				latencies.add(times, count);
				return null;
			}));
		}
		for (Future<?> future : running) {
			future.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
		}
		pool.shutdownNow();
	}

	private static byte[] post(HttpConnection http, String roomCode, LocalDate checkIn, LocalDate checkOut, int guest) {
		String body = """
				{"roomCode":"%s","checkIn":"%s","checkOut":"%s","adults":2,"children":0,
				 "guest":{"firstName":"Bench","lastName":"No %d","email":"bench%d@example.com","country":"DE","language":"de"},
				 "paymentMethod":"bank_transfer","currency":"EUR"}
				"""
			.formatted(roomCode, checkIn, checkOut, guest, guest);
		return http.postJson("/api/v1/bookings", body);
	}

	@FunctionalInterface
	interface Call {

		/**
		 * The bytes of the next request.
		 */
		byte[] request(HttpConnection http, Random random);

	}

}
