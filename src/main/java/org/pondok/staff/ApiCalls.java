package org.pondok.staff;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.pondok.system.SystemSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes {@code api_access_logs} off the request path: a request only puts its record in
 * a bounded queue; a background writer inserts what waits in batches. When the queue is
 * full the record is dropped and counted ({@code pondok.api.access_log.dropped}), so a
 * slow database never slows the API. What waits is written when the instance stops.
 */
@Component
class ApiCalls {

	private static final Logger log = LoggerFactory.getLogger(ApiCalls.class);

	private static final String INSERT = """
			INSERT INTO api_access_logs (occurred_at, client_id, user_id, user_email, method, path, status,
			  duration_ms, user_agent, remote_address)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final BlockingQueue<Call> queue;

	private final int batch;

	private final JdbcTemplate template;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final SystemSettings settings;

	private final Clock clock;

	private final Counter dropped;

	private final Counter written;

	ApiCalls(ProtectionProperties protection, JdbcTemplate template, JdbcClient jdbc,
			PlatformTransactionManager transactions, SystemSettings settings, Clock clock, MeterRegistry meters) {
		this.queue = new ArrayBlockingQueue<>(Math.max(1, protection.accessLogCapacity()));
		this.batch = Math.max(1, protection.accessLogBatch());
		this.template = template;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.settings = settings;
		this.clock = clock;
		this.dropped = Counter.builder("pondok.api.access_log.dropped")
			.description("API calls not logged because the queue was full")
			.register(meters);
		this.written = Counter.builder("pondok.api.access_log.written")
			.description("API calls written to the access log")
			.register(meters);
	}

	/**
	 * Queues a call for writing; never blocks.
	 */
	void add(Call call) {
		if (!this.queue.offer(call)) {
			this.dropped.increment();
		}
	}

	/**
	 * Writes what waits, in batches. Often and little: a write takes a core while it
	 * runs, and under load the searches queued behind the one core left wait as long as
	 * the write lasts; a tenth of a second of calls is a few milliseconds of writing.
	 * @return how many calls were written
	 */
	@Scheduled(fixedDelayString = "${pondok.security.access-log-flush:100ms}",
			initialDelayString = "${pondok.security.access-log-flush:100ms}")
	int drain() {
		int total = 0;
		List<Call> calls = new ArrayList<>(this.batch);
		while (this.queue.drainTo(calls, this.batch) > 0) {
			try {
				// one commit a batch, not one a row: a server database syncs its log
				// once, and the embedded one keeps fewer page versions alive
				this.transaction.executeWithoutResult((status) -> insert(calls));
				total += calls.size();
				this.written.increment(calls.size());
			}
			catch (DataAccessException | TransactionException ex) {
				this.dropped.increment(calls.size());
				log.warn("Could not write {} API access log entries: {}", calls.size(), ex.getMessage());
			}
			calls.clear();
		}
		return total;
	}

	private void insert(List<Call> calls) {
		this.template.batchUpdate(INSERT, calls, calls.size(), (statement, call) -> {
			statement.setTimestamp(1, Timestamp.from(call.occurredAt()));
			statement.setString(2, clip(call.client(), 64));
			if (call.userId() != null) {
				statement.setLong(3, call.userId());
			}
			else {
				statement.setNull(3, Types.BIGINT);
			}
			statement.setString(4, (call.userEmail() != null) ? clip(call.userEmail(), 255) : null);
			statement.setString(5, clip(call.method(), 10));
			statement.setString(6, clip(call.path(), 1000));
			statement.setInt(7, call.status());
			statement.setInt(8, (int) Math.min(Integer.MAX_VALUE, call.durationMillis()));
			statement.setString(9, (call.userAgent() != null) ? clip(call.userAgent(), 500) : null);
			statement.setString(10, (call.address() != null) ? clip(call.address(), 64) : null);
		});
	}

	/**
	 * Writes what still waits before the instance stops.
	 */
	@PreDestroy
	void flush() {
		try {
			drain();
		}
		catch (RuntimeException ex) {
			log.warn("Could not write the last API access log entries: {}", ex.getMessage());
		}
	}

	/**
	 * Removes entries older than {@code api.access_log_retention_days}; one instance does
	 * it, every night.
	 */
	@Scheduled(cron = "0 40 3 * * *")
	@SchedulerLock(name = "api-access-log-retention", lockAtMostFor = "PT30M")
	void removeExpired() {
		int days = Math.max(1, this.settings.integer("api.access_log_retention_days", 90));
		Instant cutoff = this.clock.instant().minus(Duration.ofDays(days));
		int removed = this.jdbc.sql("DELETE FROM api_access_logs WHERE occurred_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
		if (removed > 0) {
			log.info("Removed {} API access log entries older than {} days", removed, days);
		}
	}

	private static String clip(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	/**
	 * One API call as it will be logged: the path without its query string, and no
	 * credentials.
	 */
	record Call(Instant occurredAt, String client, @Nullable Long userId, @Nullable String userEmail, String method,
			String path, int status, long durationMillis, @Nullable String userAgent, @Nullable String address) {
	}

}
