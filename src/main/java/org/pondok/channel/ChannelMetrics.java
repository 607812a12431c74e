package org.pondok.channel;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The channel figures for Prometheus ({@code /actuator/prometheus}, docs/decisions/0012).
 * Per integration with a feed, tagged {@code integration} (its id) and {@code kind}:
 * {@code pondok_channel_feed_staleness_seconds}, {@code pondok_channel_feed_stale} (1 or
 * 0), {@code pondok_channel_feed_success_ratio},
 * {@code pondok_channel_feed_last_duration_seconds},
 * {@code pondok_channel_feed_consecutive_failures} and
 * {@code pondok_channel_feed_open_conflicts}; and
 * {@code pondok_channel_import_duration_seconds}, a histogram by {@code kind} and
 * {@code result}.
 * <p>
 * Imports run on any instance, so every figure comes from the database, never from this
 * instance's memory: gauges read {@link SyncStatistics} through a cache of a few seconds,
 * and the histogram follows the rows added to {@code platform_sync_history}. Each
 * instance therefore reports the same figures. The import counter
 * {@code pondok_channel_imports_total} stays what this instance ran.
 */
@Component
class ChannelMetrics implements MeterBinder {

	private static final int MAX_RUNS_PER_REFRESH = 10_000;

	private final SyncStatistics statistics;

	private final JdbcClient jdbc;

	private final long cacheNanos;

	private final Set<Long> registered = ConcurrentHashMap.newKeySet();

	private volatile @Nullable MeterRegistry registry;

	private volatile Map<Long, SyncStatistics.Figures> figures = Map.of();

	private volatile long loadedAt;

	private volatile boolean loaded;

	private long lastRunId = -1;

	ChannelMetrics(SyncStatistics statistics, JdbcClient jdbc,
			@Value("${pondok.channel.metrics-cache:PT5S}") Duration cacheFor) {
		this.statistics = statistics;
		this.jdbc = jdbc;
		this.cacheNanos = cacheFor.toNanos();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Runs stored before this instance was ready count in the gauges, not in its
	 * histogram.
	 */
	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		this.lastRunId = this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM platform_sync_history")
			.query(Long.class)
			.single();
	}

	/**
	 * Adds the gauges of integrations created since the last refresh (here or on another
	 * instance) and records the durations of runs stored since.
	 */
	@Scheduled(fixedDelayString = "${pondok.channel.metrics-refresh:PT15S}",
			initialDelayString = "${pondok.channel.metrics-initial-delay:PT5S}")
	void refresh() {
		MeterRegistry registry = this.registry;
		if (registry == null) {
			return;
		}
		for (SyncStatistics.Figures feed : current().values()) {
			if (feed.hasFeed() && this.registered.add(feed.integrationId())) {
				register(registry, feed.integrationId(), feed.kind());
			}
		}
		recordNewRuns(registry);
	}

	private void register(MeterRegistry registry, long id, IntegrationKind kind) {
		gauge(registry, "pondok.channel.feed.staleness", "seconds", "Age of the feed's last good import", id, kind,
				(feed) -> (feed.staleness() != null) ? feed.staleness().toMillis() / 1000.0 : Double.NaN);
		gauge(registry, "pondok.channel.feed.stale", null, "1 when the feed is older than its alert age", id, kind,
				(feed) -> feed.stale() ? 1.0 : 0.0);
		gauge(registry, "pondok.channel.feed.success", "ratio", "Good imports among the feed's recent runs (0 to 1)",
				id, kind, (feed) -> (feed.successRate() != null) ? feed.successRate() : Double.NaN);
		gauge(registry, "pondok.channel.feed.last.duration", "seconds", "Duration of the feed's newest run", id, kind,
				(feed) -> (feed.lastDurationMs() != null) ? feed.lastDurationMs() / 1000.0 : Double.NaN);
		gauge(registry, "pondok.channel.feed.consecutive.failures", null, "Failed runs since the last good one", id,
				kind, (feed) -> feed.consecutiveFailures());
		gauge(registry, "pondok.channel.feed.open.conflicts", null, "Open conflicts the feed raised", id, kind,
				(feed) -> feed.openConflicts());
	}

	private void gauge(MeterRegistry registry, String name, @Nullable String unit, String description, long id,
			IntegrationKind kind, Function<SyncStatistics.Figures, Number> value) {
		Gauge.builder(name, () -> {
			SyncStatistics.Figures feed = current().get(id);
			return (feed != null) ? value.apply(feed) : Double.NaN;
		})
			.baseUnit(unit)
			.description(description)
			.tags("integration", String.valueOf(id), "kind", kind.code())
			.strongReference(true)
			.register(registry);
	}

	/**
	 * The figures, read again when older than the cache time.
	 */
	Map<Long, SyncStatistics.Figures> current() {
		if (!this.loaded || System.nanoTime() - this.loadedAt > this.cacheNanos) {
			synchronized (this) {
				if (!this.loaded || System.nanoTime() - this.loadedAt > this.cacheNanos) {
					this.figures = this.statistics.all()
						.stream()
						.collect(Collectors.toUnmodifiableMap(SyncStatistics.Figures::integrationId,
								Function.identity()));
					this.loadedAt = System.nanoTime();
					this.loaded = true;
				}
			}
		}
		return this.figures;
	}

	private synchronized void recordNewRuns(MeterRegistry registry) {
		if (this.lastRunId < 0) {
			return;
		}
		List<NewRun> runs = this.jdbc.sql("""
				SELECT h.id, h.duration_ms, h.result, i.kind
				FROM platform_sync_history h JOIN platform_integrations i ON i.id = h.integration_id
				WHERE h.id > :last AND h.direction = 'import' ORDER BY h.id LIMIT :max
				""")
			.param("last", this.lastRunId)
			.param("max", MAX_RUNS_PER_REFRESH)
			.query((rs, row) -> new NewRun(rs.getLong("id"), rs.getInt("duration_ms"), rs.getString("result"),
					rs.getString("kind")))
			.list();
		for (NewRun run : runs) {
			Timer.builder("pondok.channel.import.duration")
				.description("Duration of feed imports, fetch to commit, from the sync history")
				.tags("kind", run.kind(), "result", run.result())
				.publishPercentileHistogram()
				.minimumExpectedValue(Duration.ofMillis(10))
				.maximumExpectedValue(Duration.ofMinutes(2))
				.register(registry)
				.record(Duration.ofMillis(run.durationMs()));
			this.lastRunId = run.id();
		}
	}

	private record NewRun(long id, int durationMs, String result, String kind) {
	}

}
