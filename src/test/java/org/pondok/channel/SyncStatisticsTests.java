package org.pondok.channel;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.pondok.catalog.Catalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Sync statistics from known history rows: the window is the last 100 import runs of the
 * last 7 days, the success rate counts success and not_modified, the duration percentiles
 * are nearest-rank, and a feed is stale only past three of its intervals.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:sync-statistics-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/sync-statistics-tests", "pondok.admin-password=admin-password-x1",
		"pondok.channel.import-initial-delay=PT10H" })
class SyncStatisticsTests {

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	private static final AtomicInteger ROOMS = new AtomicInteger();

	@Autowired
	SyncStatistics statistics;

	@Autowired
	ChannelManagement channels;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void successRateAndNearestRankPercentilesComeFromTheRecentImportRuns() {
		long feed = integration(60);
		// durations 10, 20 … 200 ms over the last 20 hours: 17 success, 1 not_modified,
		// 1 held, 1 failed (the newest)
		for (int i = 1; i <= 20; i++) {
			String result = (i == 1) ? "failed" : (i == 2) ? "held" : (i == 3) ? "not_modified" : "success";
			run(feed, NOW.minus(Duration.ofHours(i)), "import", 10 * (21 - i), result);
		}
		run(feed, NOW.minus(Duration.ofDays(8)), "import", 99_999, "failed");
		run(feed, NOW.minus(Duration.ofMinutes(30)), "export", 88_888, "failed");

		SyncStatistics.Figures figures = figures(feed);

		assertThat(figures.runs()).isEqualTo(20);
		assertThat(figures.successRate()).isCloseTo(0.9, within(1e-9));
		assertThat(figures.durationP50Ms()).isEqualTo(100);
		assertThat(figures.durationP95Ms()).isEqualTo(190);
		assertThat(figures.lastDurationMs()).isEqualTo(200);
		assertThat(figures.lastRunAt()).isEqualTo(NOW.minus(Duration.ofHours(1)));
	}

	@Test
	void theWindowHoldsAnIntegrationsLastHundredRuns() {
		long feed = integration(5);
		for (int i = 1; i <= 130; i++) {
			run(feed, NOW.minus(Duration.ofMinutes(5L * i)), "import", i, (i <= 100) ? "success" : "failed");
		}

		SyncStatistics.Figures figures = figures(feed);

		assertThat(figures.runs()).isEqualTo(100);
		assertThat(figures.successRate()).isEqualTo(1.0);
		assertThat(figures.durationP50Ms()).isEqualTo(50);
		assertThat(figures.durationP95Ms()).isEqualTo(95);
	}

	@Test
	void aFeedIsStaleOnlyWhenItsLastGoodImportIsOlderThanThreeIntervals() {
		long feed = integration(60);
		lastGoodImport(feed, NOW.minus(Duration.ofHours(3)));

		SyncStatistics.Figures onTheEdge = figures(feed);

		assertThat(onTheEdge.staleness()).isEqualTo(Duration.ofHours(3));
		assertThat(onTheEdge.lastGoodImport()).isEqualTo(NOW.minus(Duration.ofHours(3)));
		assertThat(onTheEdge.stale()).isFalse();

		lastGoodImport(feed, NOW.minus(Duration.ofHours(3)).minusSeconds(1));

		assertThat(figures(feed).staleness()).isEqualTo(Duration.ofHours(3).plusSeconds(1));
		assertThat(figures(feed).stale()).isTrue();

		this.jdbc.sql("UPDATE platform_integrations SET status = 'paused' WHERE id = :id").param("id", feed).update();

		assertThat(figures(feed).stale()).as("a paused feed is not expected to import").isFalse();
	}

	@Test
	void aFeedThatNeverImportedHasNoAgeAndNoFiguresButItsFailures() {
		long feed = integration(60);
		run(feed, NOW.minus(Duration.ofMinutes(10)), "import", 1500, "failed");
		this.jdbc
			.sql("UPDATE platform_integrations SET consecutive_failures = 1, last_result = 'failed' WHERE id = :id")
			.param("id", feed)
			.update();

		SyncStatistics.Figures figures = figures(feed);

		assertThat(figures.staleness()).isNull();
		assertThat(figures.stale()).isFalse();
		assertThat(figures.successRate()).isZero();
		assertThat(figures.failing()).isTrue();
		assertThat(figures.consecutiveFailures()).isEqualTo(1);
	}

	@Test
	void aFixedNumberOfStatementsServesEveryIntegration() {
		for (int i = 0; i < 3; i++) {
			run(integration(60), NOW.minus(Duration.ofHours(1)), "import", 100, "success");
		}

		assertThat(this.statistics.all(NOW)).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy((figures) -> assertThat(figures.runs()).isLessThanOrEqualTo(SyncStatistics.MAX_RUNS));
	}

	@Test
	void percentilesAreNearestRank() {
		assertThat(SyncStatistics.percentile(java.util.List.of(), 50)).isNull();
		assertThat(SyncStatistics.percentile(java.util.List.of(7), 95)).isEqualTo(7);
		assertThat(SyncStatistics.percentile(java.util.List.of(1, 2, 3, 4), 50)).isEqualTo(2);
		assertThat(SyncStatistics.percentile(java.util.List.of(1, 2, 3, 4), 95)).isEqualTo(4);
	}

	private SyncStatistics.Figures figures(long id) {
		return this.statistics.all(NOW)
			.stream()
			.filter((figures) -> figures.integrationId() == id)
			.findFirst()
			.orElseThrow();
	}

	private long integration(int interval) {
		String room = "stats-" + ROOMS.incrementAndGet();
		ChannelFixtures.villa(this.catalog, room);
		return this.channels
			.addIntegration(new NewIntegration(IntegrationKind.AIRBNB, "Airbnb " + room, room,
					"https://www.airbnb.com/calendar/ical/" + room + ".ics", interval, "active", null), "test")
			.id();
	}

	private void lastGoodImport(long id, Instant at) {
		this.jdbc.sql("UPDATE platform_integrations SET last_success_at = :at WHERE id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	private void run(long id, Instant started, String direction, int durationMs, String result) {
		this.jdbc.sql("""
				INSERT INTO platform_sync_history (integration_id, direction, trigger_kind, started_at, duration_ms,
				  http_status, bytes, result)
				VALUES (:id, :direction, 'schedule', :started, :duration, 200, 100, :result)
				""")
			.param("id", id)
			.param("direction", direction)
			.param("started", Timestamp.from(started.truncatedTo(ChronoUnit.MILLIS)))
			.param("duration", durationMs)
			.param("result", result)
			.update();
	}

}
