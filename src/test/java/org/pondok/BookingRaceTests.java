package org.pondok;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pondok.catalog.CancellationPolicy;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.NewRoom;
import org.pondok.catalog.VillaDetails;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night of a unit is sold at most once: real threads race real HTTP requests at a
 * running application (or two sharing one database), and the database decides. Subclasses
 * name the database.
 */
abstract class BookingRaceTests {

	private static final int RACERS = 120;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.executor(Executors.newFixedThreadPool(8))
		.build();

	@TempDir
	Path dataDir;

	abstract TestDatabases.Vendor vendor();

	@Test
	void racersForTheSameNightsGetExactlyAsManyBookingsAsThereAreUnits() throws Exception {
		TestDatabases.Database database = TestDatabases.fresh(vendor());
		try (ConfigurableApplicationContext app = TestApplications.start(database, this.dataDir, false, Map.of())) {
			property(app, "race-room", 3);
			String base = TestApplications.baseUrl(app);
			LocalDate checkIn = LocalDate.now().plusDays(60);

			List<Integer> statuses = race(RACERS, (i) -> post(base, "race-room", checkIn, checkIn.plusDays(3), i));

			assertThat(statuses).filteredOn((status) -> status == 201).hasSize(3);
			assertThat(statuses).filteredOn((status) -> status == 409).hasSize(RACERS - 3);
			assertConsistent(app);
		}
	}

	@Test
	void randomOverlappingStaysNeverHoldAUnitNightTwice() throws Exception {
		TestDatabases.Database database = TestDatabases.fresh(vendor());
		try (ConfigurableApplicationContext app = TestApplications.start(database, this.dataDir, false, Map.of())) {
			property(app, "busy-room", 2);
			String base = TestApplications.baseUrl(app);
			LocalDate start = LocalDate.now().plusDays(30);

			List<Integer> statuses = race(160, (i) -> {
				Random random = new Random(i);
				LocalDate checkIn = start.plusDays(random.nextInt(30));
				return post(base, "busy-room", checkIn, checkIn.plusDays(1 + random.nextInt(5)), i);
			});

			assertThat(statuses).allMatch((status) -> status == 201 || status == 409);
			assertThat(statuses).contains(201, 409);
			assertConsistent(app);
		}
	}

	/**
	 * Books through alternating instances; {@link MariaDbBookingRaceTests} runs it.
	 */
	void twoInstancesOnOneDatabaseSellEachNightOnce() throws Exception {
		TestDatabases.Database database = TestDatabases.fresh(vendor());
		try (ConfigurableApplicationContext first = TestApplications.start(database, this.dataDir, false, Map.of());
				ConfigurableApplicationContext second = TestApplications.start(database, this.dataDir, false,
						Map.of())) {
			property(first, "shared-room", 2);
			String[] bases = { TestApplications.baseUrl(first), TestApplications.baseUrl(second) };
			LocalDate checkIn = LocalDate.now().plusDays(90);

			List<Integer> same = race(RACERS,
					(i) -> post(bases[i % 2], "shared-room", checkIn, checkIn.plusDays(2), i));
			List<Integer> random = race(120, (i) -> {
				Random draw = new Random(1000 + i);
				LocalDate from = checkIn.plusDays(5 + draw.nextInt(20));
				return post(bases[i % 2], "shared-room", from, from.plusDays(1 + draw.nextInt(4)), 1000 + i);
			});

			assertThat(same).filteredOn((status) -> status == 201).hasSize(2);
			assertThat(same).filteredOn((status) -> status == 409).hasSize(RACERS - 2);
			assertThat(random).allMatch((status) -> status == 201 || status == 409);
			assertConsistent(first);
		}
	}

	private static void property(ConfigurableApplicationContext app, String roomCode, int units) {
		Catalog catalog = app.getBean(Catalog.class);
		if (!catalog.hasVilla()) {
			catalog.saveVilla(new VillaDetails("Race Villa", null, null, "Jl. Test 1", null, null, "ID", null, null,
					null, null, null, ZoneId.of("Asia/Makassar"), LocalTime.of(14, 0), LocalTime.of(12, 0), null, null,
					null, CurrencyCode.USD, BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("30"), 14,
					new CancellationPolicy(7, new BigDecimal("50"))));
		}
		catalog.addRoom(new NewRoom(roomCode, "Race Room", null, null, 2, 1, 3, null, null, List.of(),
				Money.of("100", CurrencyCode.USD), 1, units, null, Map.of()));
	}

	private int post(String base, String roomCode, LocalDate checkIn, LocalDate checkOut, int guest) throws Exception {
		String body = """
				{"roomCode":"%s","checkIn":"%s","checkOut":"%s","adults":2,"children":0,
				 "guest":{"firstName":"Racer","lastName":"No %d","email":"racer%d@example.com","country":"GB",
				          "language":"en"},
				 "paymentMethod":"bank_transfer"}
				""".formatted(roomCode, checkIn, checkOut, guest, guest);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/bookings"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() == 409) {
			assertThat(response.body()).contains("/unavailable");
		}
		return response.statusCode();
	}

	private static List<Integer> race(int count, Attempt attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 100));
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				Callable<Integer> call = () -> {
					start.await();
					return attempt.run(index);
				};
				results.add(pool.submit(call));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get(120, TimeUnit.SECONDS));
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Every booking that holds nights holds exactly its own, one row per night, and no
	 * other booking row claims them.
	 */
	private static void assertConsistent(ConfigurableApplicationContext app) {
		JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
		int held = jdbc.sql("SELECT COUNT(*) FROM inventory_nights WHERE holder = 'booking'")
			.query(Integer.class)
			.single();
		int booked = jdbc.sql("SELECT COALESCE(SUM(nights), 0) FROM bookings WHERE status <> 'cancelled'")
			.query(Integer.class)
			.single();
		int overlapping = jdbc.sql("""
				SELECT COUNT(*) FROM bookings a JOIN bookings b
				  ON a.unit_id = b.unit_id AND a.id < b.id
				 AND a.check_in < b.check_out AND b.check_in < a.check_out
				WHERE a.status <> 'cancelled' AND b.status <> 'cancelled'
				""").query(Integer.class).single();
		assertThat(held).isEqualTo(booked);
		assertThat(overlapping).isZero();
	}

	@FunctionalInterface
	interface Attempt {

		int run(int index) throws Exception;

	}

}
