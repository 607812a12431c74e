package org.pondok.staff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Requests per client and hour, shared by every instance (decision 0009). A request is
 * counted in this instance's memory only; a background sync adds the new hits to
 * {@code rate_limit_windows} about once a second and reads back what all instances
 * counted for the clients seen lately. The limit is a sliding hour: the previous hour's
 * hits weighed by how much of it still lies within the last 60 minutes, plus this hour's.
 */
@Component
class RateLimits {

	static final long HOUR = 3600;

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	private static final int CHUNK = 200;

	private static final long REFRESH_SECONDS = 120;

	private final Map<Window, Counter> counters = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	RateLimits(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	/**
	 * Counts a request of the client if the budget allows it.
	 */
	Decision take(String client, int limit) {
		long now = this.clock.millis();
		long second = Math.floorDiv(now, 1000);
		long hour = Math.floorDiv(second, HOUR);
		double elapsed = (double) Math.floorMod(now, HOUR * 1000) / (HOUR * 1000);
		Counter current = this.counters.computeIfAbsent(new Window(client, hour), (key) -> new Counter());
		Counter previous = this.counters.get(new Window(client, hour - 1));
		long before = (previous != null) ? previous.total() : 0;
		long secondsLeft = HOUR - Math.floorMod(second, HOUR);
		synchronized (current) {
			current.seenAt = second;
			long hits = current.total();
			double used = before * (1 - elapsed) + hits;
			if (used + 1 > limit) {
				return new Decision(false, limit, 0, secondsLeft, retryAfter(before, hits, elapsed, limit));
			}
			current.pending++;
			long remaining = (long) Math.max(0, Math.floor(limit - used - 1));
			return new Decision(true, limit, remaining, secondsLeft, 0);
		}
	}

	/**
	 * Seconds until one more request fits: within this hour once enough of the previous
	 * hour has slid out of the window, else in the next hour once enough of this one has.
	 */
	static long retryAfter(long before, long hits, double elapsed, int limit) {
		double wait;
		if (hits + 1 <= limit && before > 0) {
			double needed = 1 - (limit - hits - 1) / (double) before;
			wait = Math.max(0, needed - elapsed) * HOUR;
		}
		else {
			double needed = (hits > 0) ? Math.max(0, 1 - (limit - 1) / (double) hits) : 0;
			wait = (1 - elapsed + needed) * HOUR;
		}
		return Math.max(1, (long) Math.ceil(wait));
	}

	/**
	 * Adds this instance's new hits to the shared counts and reads back the totals of the
	 * clients seen in the last minutes. Runs on every instance.
	 */
	@Scheduled(fixedDelayString = "${pondok.security.rate-limit-sync:1s}",
			initialDelayString = "${pondok.security.rate-limit-sync:1s}")
	void sync() {
		long second = Math.floorDiv(this.clock.millis(), 1000);
		long hour = Math.floorDiv(second, HOUR);
		this.counters.keySet().removeIf((window) -> window.hour() < hour - 1);
		Map<Window, Long> flushing = new HashMap<>();
		this.counters.forEach((window, counter) -> {
			synchronized (counter) {
				if (counter.pending > 0) {
					counter.flushing += counter.pending;
					counter.pending = 0;
					flushing.put(window, counter.flushing);
				}
			}
		});
		try {
			write(flushing);
		}
		catch (DataAccessException ex) {
			log.warn("Could not share the API rate counts; they stay counted here: {}", ex.getMessage());
			flushing.forEach((window, hits) -> {
				Counter counter = this.counters.get(window);
				if (counter != null) {
					synchronized (counter) {
						counter.pending += counter.flushing;
						counter.flushing = 0;
					}
				}
			});
			return;
		}
		flushing.keySet().forEach((window) -> {
			Counter counter = this.counters.get(window);
			if (counter != null) {
				synchronized (counter) {
					counter.synced += counter.flushing;
					counter.flushing = 0;
				}
			}
		});
		refresh(second, hour);
	}

	private void write(Map<Window, Long> hits) {
		if (hits.isEmpty()) {
			return;
		}
		List<Map.Entry<Window, Long>> entries = new ArrayList<>(hits.entrySet());
		int[][] updated = this.template.batchUpdate(
				"UPDATE rate_limit_windows SET hits = hits + ? WHERE client_key = ? AND window_hour = ?", entries,
				CHUNK, (statement, entry) -> {
					statement.setLong(1, entry.getValue());
					statement.setString(2, entry.getKey().client());
					statement.setLong(3, entry.getKey().hour());
				});
		int index = 0;
		for (int[] chunk : updated) {
			for (int count : chunk) {
				// 0: no row yet; below 0: the driver did not say, so look
				if (count <= 0) {
					Map.Entry<Window, Long> entry = entries.get(index);
					insertIfMissing(entry.getKey(), entry.getValue());
				}
				index++;
			}
		}
	}

	private void insertIfMissing(Window window, long hits) {
		Long stored = this.jdbc
			.sql("SELECT hits FROM rate_limit_windows WHERE client_key = :client AND window_hour = :hour")
			.param("client", window.client())
			.param("hour", window.hour())
			.query(Long.class)
			.optional()
			.orElse(null);
		if (stored != null) {
			return;
		}
		try {
			this.jdbc
				.sql("INSERT INTO rate_limit_windows (client_key, window_hour, hits) VALUES (:client, :hour, :hits)")
				.param("client", window.client())
				.param("hour", window.hour())
				.param("hits", hits)
				.update();
		}
		catch (DuplicateKeyException ex) {
			this.jdbc.sql("""
					UPDATE rate_limit_windows SET hits = hits + :hits WHERE client_key = :client AND window_hour = :hour
					""").param("hits", hits).param("client", window.client()).param("hour", window.hour()).update();
		}
	}

	private void refresh(long second, long hour) {
		List<String> clients = new ArrayList<>();
		this.counters.forEach((window, counter) -> {
			if (window.hour() == hour && second - counter.seenAt <= REFRESH_SECONDS) {
				clients.add(window.client());
			}
		});
		for (int from = 0; from < clients.size(); from += CHUNK) {
			List<String> chunk = clients.subList(from, Math.min(clients.size(), from + CHUNK));
			this.jdbc.sql("""
					SELECT client_key, window_hour, hits FROM rate_limit_windows
					WHERE window_hour >= :previous AND client_key IN (:clients)
					""").param("previous", hour - 1).param("clients", chunk).query((rs) -> {
				Window window = new Window(rs.getString(1), rs.getLong(2));
				Counter counter = this.counters.computeIfAbsent(window, (key) -> new Counter());
				synchronized (counter) {
					counter.synced = Math.max(counter.synced, rs.getLong(3));
				}
			});
		}
	}

	/**
	 * Shares what is still counted only here before the instance stops.
	 */
	@PreDestroy
	void flush() {
		try {
			sync();
		}
		catch (RuntimeException ex) {
			log.warn("Could not share the last API rate counts: {}", ex.getMessage());
		}
	}

	/**
	 * Forgets hours that no longer count; one instance does it.
	 */
	@Scheduled(cron = "0 7 * * * *")
	@SchedulerLock(name = "rate-limit-windows-cleanup", lockAtMostFor = "PT5M")
	void removeOldWindows() {
		long hour = Math.floorDiv(this.clock.millis(), HOUR * 1000);
		this.jdbc.sql("DELETE FROM rate_limit_windows WHERE window_hour < :before").param("before", hour - 2).update();
	}

	/**
	 * Whether a request may go on, and what to tell the client about its budget.
	 *
	 * @param remaining requests left in the sliding hour after this one
	 * @param resetSeconds seconds until the current hour window ends
	 * @param retryAfterSeconds for a refused request, when one more would fit
	 */
	record Decision(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds) {
	}

	private record Window(String client, long hour) {
	}

	/**
	 * Hits of one client in one hour: as last read from the shared table (which includes
	 * this instance's synced hits), being written, and counted here since.
	 */
	private static final class Counter {

		long synced;

		long flushing;

		long pending;

		long seenAt;

		synchronized long total() {
			return this.synced + this.flushing + this.pending;
		}

	}

}
