package org.pondok.channel;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each integration's imports have gone lately, read from
 * {@code platform_sync_history} for all integrations at once in a fixed number of
 * statements (docs/decisions/0012).
 * <ul>
 * <li>The window is an integration's last {@value #MAX_RUNS} import runs that started in
 * the last {@value #WINDOW_DAYS} days.</li>
 * <li>The success rate is the share of those runs that were a good import
 * ({@code success} or {@code not_modified}); a run the mass-drop guard held is not.</li>
 * <li>Duration percentiles are nearest-rank: p50 and p95 are the durations at rank
 * ⌈n·p/100⌉ of the n runs sorted by duration.</li>
 * <li>Staleness is the age of the last good import; an active feed is stale when that is
 * longer than {@code sync.staleness_alert_intervals} of its intervals. A feed that never
 * imported well is not stale (it has nothing to be late with) but shows no age.</li>
 * </ul>
 */
@Service
public class SyncStatistics {

	static final int WINDOW_DAYS = 7;

	static final int MAX_RUNS = 100;

	static final int DEFAULT_ALERT_INTERVALS = 3;

	private final JdbcClient jdbc;

	private final ChannelManagement channels;

	private final Clock clock;

	SyncStatistics(JdbcClient jdbc, ChannelManagement channels, Clock clock) {
		this.jdbc = jdbc;
		this.channels = channels;
		this.clock = clock;
	}

	/**
	 * Every integration's figures, in the order of their ids.
	 */
	@Transactional(readOnly = true)
	public List<Figures> all() {
		return all(this.clock.instant());
	}

	@Transactional(readOnly = true)
	List<Figures> all(Instant now) {
		int intervals = alertIntervals();
		Map<Long, List<RunFacts>> runs = new HashMap<>();
		this.jdbc.sql("""
				SELECT integration_id, started_at, duration_ms, result FROM (
				  SELECT integration_id, started_at, duration_ms, result,
				         ROW_NUMBER() OVER (PARTITION BY integration_id ORDER BY started_at DESC, id DESC) AS position
				  FROM platform_sync_history
				  WHERE direction = 'import' AND started_at >= :since
				) ranked
				WHERE position <= :runs
				ORDER BY integration_id, position
				""")
			.param("since", Timestamp.from(now.minus(Duration.ofDays(WINDOW_DAYS))))
			.param("runs", MAX_RUNS)
			.query((rs, row) -> new RunFacts(rs.getLong("integration_id"), rs.getTimestamp("started_at").toInstant(),
					rs.getInt("duration_ms"), rs.getString("result")))
			.list()
			.forEach((run) -> runs.computeIfAbsent(run.integrationId(), (id) -> new ArrayList<>()).add(run));
		Map<Long, Long> conflicts = new HashMap<>();
		this.jdbc.sql("""
				SELECT integration_id, COUNT(*) AS open_conflicts FROM channel_conflicts WHERE status = 'open'
				GROUP BY integration_id
				""")
			.query((rs, row) -> Map.entry(rs.getLong("integration_id"), rs.getLong("open_conflicts")))
			.list()
			.forEach((entry) -> conflicts.put(entry.getKey(), entry.getValue()));
		return this.jdbc.sql("""
				SELECT id, kind, name, status, import_url, sync_interval_minutes, last_success_at, last_result,
				       consecutive_failures
				FROM platform_integrations ORDER BY id
				""").query((rs, row) -> {
			long id = rs.getLong("id");
			Timestamp lastGood = rs.getTimestamp("last_success_at");
			return figures(id, rs.getString("name"), IntegrationKind.find(rs.getString("kind")).orElseThrow(),
					rs.getString("status"), rs.getString("import_url") != null, rs.getInt("sync_interval_minutes"),
					(lastGood != null) ? lastGood.toInstant() : null, rs.getString("last_result"),
					rs.getInt("consecutive_failures"), runs.getOrDefault(id, List.of()), conflicts.getOrDefault(id, 0L),
					now, intervals);
		}).list();
	}

	/**
	 * One integration's figures, computed as {@link #all()} does.
	 */
	@Transactional(readOnly = true)
	public Optional<Figures> of(long integrationId) {
		return all().stream().filter((figures) -> figures.integrationId() == integrationId).findFirst();
	}

	/**
	 * Whether a feed is overdue: an active feed with an import address whose last good
	 * import is older than {@code intervals} of its sync intervals. The one place this
	 * rule is written; the health indicator, the pages and the metrics all use it.
	 */
	static boolean stale(boolean watched, int intervalMinutes, @Nullable Instant lastGoodImport, Instant now,
			int intervals) {
		return watched && lastGoodImport != null && Duration.between(lastGoodImport, now)
			.compareTo(Duration.ofMinutes((long) intervalMinutes * intervals)) > 0;
	}

	/**
	 * The nearest-rank percentile of durations sorted ascending, or {@code null} for
	 * none.
	 */
	static @Nullable Integer percentile(List<Integer> sorted, int percent) {
		if (sorted.isEmpty()) {
			return null;
		}
		int rank = (int) Math.ceil(sorted.size() * percent / 100.0);
		return sorted.get(Math.max(0, rank - 1));
	}

	int alertIntervals() {
		try {
			int intervals = Integer.parseInt(this.channels
				.calendarSetting("sync.staleness_alert_intervals", String.valueOf(DEFAULT_ALERT_INTERVALS))
				.trim());
			return (intervals > 0) ? intervals : DEFAULT_ALERT_INTERVALS;
		}
		catch (NumberFormatException ex) {
			return DEFAULT_ALERT_INTERVALS;
		}
	}

	private static Figures figures(long id, String name, IntegrationKind kind, String status, boolean hasFeed,
			int interval, @Nullable Instant lastGood, @Nullable String lastResult, int failures, List<RunFacts> runs,
			long openConflicts, Instant now, int intervals) {
		boolean watched = "active".equals(status) && hasFeed;
		List<Integer> durations = runs.stream().map(RunFacts::durationMs).sorted().toList();
		long good = runs.stream().filter(RunFacts::good).count();
		Double successRate = runs.isEmpty() ? null : (double) good / runs.size();
		RunFacts last = runs.isEmpty() ? null : runs.get(0);
		Duration staleness = (lastGood != null) ? Duration.between(lastGood, now) : null;
		return new Figures(id, name, kind, status, hasFeed, watched, interval, runs.size(), successRate,
				percentile(durations, 50), percentile(durations, 95), (last != null) ? last.durationMs() : null,
				(last != null) ? last.startedAt() : null, lastResult, lastGood, staleness,
				stale(watched, interval, lastGood, now, intervals), failures, openConflicts);
	}

	private record RunFacts(long integrationId, Instant startedAt, int durationMs, String result) {

		boolean good() {
			return "success".equals(this.result) || "not_modified".equals(this.result);
		}

	}

	/**
	 * An integration's recent imports in figures.
	 *
	 * @param hasFeed whether it has an address to import a feed from
	 * @param watched whether it is an active integration with a feed to import, the only
	 * kind that can be stale or failing
	 * @param runs how many import runs the window holds
	 * @param successRate good imports among them, 0 to 1 ({@code null} without runs)
	 * @param lastDurationMs the newest run's duration in the window
	 * @param lastResult as recorded on the integration: success, failed, not_modified or
	 * held
	 * @param staleness the age of the last good import
	 * @param consecutiveFailures failed runs since the last good one
	 */
	public record Figures(long integrationId, String name, IntegrationKind kind, String status, boolean hasFeed,
			boolean watched, int syncIntervalMinutes, int runs, @Nullable Double successRate,
			@Nullable Integer durationP50Ms, @Nullable Integer durationP95Ms, @Nullable Integer lastDurationMs,
			@Nullable Instant lastRunAt, @Nullable String lastResult, @Nullable Instant lastGoodImport,
			@Nullable Duration staleness, boolean stale, int consecutiveFailures, long openConflicts) {

		/**
		 * An active feed whose last run failed.
		 */
		public boolean failing() {
			return this.watched && this.consecutiveFailures > 0;
		}

	}

}
