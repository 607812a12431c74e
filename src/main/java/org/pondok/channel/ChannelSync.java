package org.pondok.channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.jspecify.annotations.Nullable;
import org.pondok.catalog.Catalog;
import org.pondok.inventory.HeldNight;
import org.pondok.inventory.Holder;
import org.pondok.inventory.Inventory;
import org.pondok.system.AuditTrail;
import org.pondok.system.PondokProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports OTA feeds. The fetch and the parse run outside any transaction; the feed is
 * then applied all or nothing in one: its blocked nights are compared with the last good
 * import, and holds are released and claimed through {@code inventory}. A night someone
 * else already holds becomes an open conflict for staff. A failed, oversized or malformed
 * feed changes nothing, and a feed that suddenly drops most of its nights is held until
 * it says the same again or staff confirm.
 * <p>
 * One import of a feed runs at a time across instances: each holds a lock of its own
 * ({@code shedlock} row {@code channel-import-<id>}) from fetch to commit. A scheduled
 * import skips a feed another is importing; a manual one waits for it; a pre-booking
 * re-fetch waits briefly for it instead of fetching again.
 */
@Service
public class ChannelSync {

	/**
	 * How long an import's lock outlives an instance that died holding it, past the fetch
	 * time-out.
	 */
	private static final Duration APPLY_ALLOWANCE = Duration.ofMinutes(2);

	private static final Duration POLL = Duration.ofMillis(100);

	private final JdbcClient jdbc;

	private final ChannelManagement channels;

	private final Catalog catalog;

	private final Inventory inventory;

	private final AuditTrail audit;

	private final PondokProperties properties;

	private final MeterRegistry meters;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final LockProvider locks;

	private final FeedFetcher fetcher = new FeedFetcher();

	ChannelSync(JdbcClient jdbc, ChannelManagement channels, Catalog catalog, Inventory inventory, AuditTrail audit,
			PondokProperties properties, MeterRegistry meters, Clock clock, PlatformTransactionManager transactions,
			LockProvider locks) {
		this.locks = locks;
		this.jdbc = jdbc;
		this.channels = channels;
		this.catalog = catalog;
		this.inventory = inventory;
		this.audit = audit;
		this.properties = properties;
		this.meters = meters;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Imports the integration's feed now.
	 * @throws ChannelRequestException for an unknown integration
	 */
	public SyncResult sync(long integrationId, String trigger, String actor) {
		IntegrationView integration = require(integrationId);
		return locked(integration, importTimeout(), () -> run(integration, trigger, actor, false, importTimeout()));
	}

	/**
	 * Imports the feed now and applies it even when it drops most of its nights: staff
	 * confirm the drop is real.
	 */
	public SyncResult confirmDrop(long integrationId, String actor) {
		IntegrationView integration = require(integrationId);
		return locked(integration, importTimeout(), () -> run(integration, "manual", actor, true, importTimeout()));
	}

	/**
	 * Imports a due feed on schedule, unless another import of it is running right now.
	 * @return what the import did, or empty when it was left to the one running
	 */
	Optional<SyncResult> syncDue(long integrationId) {
		IntegrationView integration = require(integrationId);
		Optional<SimpleLock> lock = lock(integrationId, importTimeout());
		if (lock.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(run(integration, "schedule", "system", false, importTimeout()));
		}
		finally {
			lock.get().unlock();
		}
	}

	/**
	 * Fetches the feed again before a booking claims nights, if its last good import is
	 * older than {@code maxAge}, within {@code timeout}. When another import of it is
	 * running, this waits for that one (up to the time-out) rather than fetching again.
	 * @return what happened, for the log and the metrics
	 */
	Refresh refresh(long integrationId, Duration maxAge, Duration timeout) {
		Optional<IntegrationView> found = this.channels.integration(integrationId);
		if (found.isEmpty()) {
			return Refresh.FRESH;
		}
		IntegrationView integration = found.get();
		Instant now = this.clock.instant();
		if (integration.lastSuccessAt() != null && integration.lastSuccessAt().plus(maxAge).isAfter(now)) {
			return Refresh.FRESH;
		}
		Optional<SimpleLock> lock = lock(integrationId, timeout);
		if (lock.isPresent()) {
			try {
				// an import may have finished between the look and the lock
				IntegrationView current = this.channels.integration(integrationId).orElse(integration);
				if (current.lastSuccessAt() != null && current.lastSuccessAt().plus(maxAge).isAfter(now)) {
					return Refresh.JOINED;
				}
				SyncResult result = run(current, "pre_booking", "system", false, timeout);
				return result.result().equals("failed") ? Refresh.FAILED : Refresh.FETCHED;
			}
			finally {
				lock.get().unlock();
			}
		}
		Instant before = lastSyncAt(integrationId);
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!pause()) {
				break;
			}
			if (!Objects.equals(before, lastSyncAt(integrationId))) {
				return Refresh.JOINED;
			}
		}
		return Refresh.BUSY;
	}

	/**
	 * What a pre-booking re-fetch of one feed came to.
	 */
	enum Refresh {

		/** the last good import was recent enough */
		FRESH,
		/** fetched and applied (or not modified, or held) */
		FETCHED,
		/** the fetch or the apply failed, and was recorded so */
		FAILED,
		/** another import of the feed was running and finished meanwhile */
		JOINED,
		/** another import of the feed was still running when the time was up */
		BUSY

	}

	@Transactional(readOnly = true)
	public List<SyncRecord> history(long integrationId, int limit) {
		return this.jdbc.sql("""
				SELECT id, direction, trigger_kind, started_at, duration_ms, http_status, bytes, result, events_seen,
				       events_added, events_changed, events_removed, conflicts, error_text
				FROM platform_sync_history WHERE integration_id = :id ORDER BY started_at DESC, id DESC
				""").param("id", integrationId).query((rs, row) -> {
			int status = rs.getInt("http_status");
			Integer httpStatus = rs.wasNull() ? null : status;
			long bytes = rs.getLong("bytes");
			Long size = rs.wasNull() ? null : bytes;
			return new SyncRecord(rs.getLong("id"), rs.getString("direction"), rs.getString("trigger_kind"),
					rs.getTimestamp("started_at").toInstant(), rs.getInt("duration_ms"), httpStatus, size,
					rs.getString("result"), rs.getInt("events_seen"), rs.getInt("events_added"),
					rs.getInt("events_changed"), rs.getInt("events_removed"), rs.getInt("conflicts"),
					rs.getString("error_text"));
		}).list().stream().limit(limit).toList();
	}

	/**
	 * The active integrations with a feed whose interval has passed since their last run.
	 */
	@Transactional(readOnly = true)
	public List<Long> due() {
		Instant now = this.clock.instant();
		return this.channels.integrations()
			.stream()
			.filter((i) -> i.status().equals("active") && i.importUrl() != null && i.roomCode() != null)
			.filter((i) -> i.lastSyncAt() == null
					|| !i.lastSyncAt().plus(Duration.ofMinutes(i.syncIntervalMinutes())).isAfter(now))
			.map(IntegrationView::id)
			.toList();
	}

	private IntegrationView require(long integrationId) {
		return this.channels.integration(integrationId)
			.orElseThrow(() -> new ChannelRequestException("id", "There is no integration " + integrationId, true));
	}

	/**
	 * Runs the import holding the feed's lock, waiting for another import of it first
	 * (for at most its time-out and then some; past that the row lock in {@code apply}
	 * still keeps two imports from mixing).
	 */
	private SyncResult locked(IntegrationView integration, Duration timeout,
			java.util.function.Supplier<SyncResult> work) {
		long deadline = System.nanoTime() + timeout.plusSeconds(10).toNanos();
		Optional<SimpleLock> lock = lock(integration.id(), timeout);
		while (lock.isEmpty() && System.nanoTime() < deadline && pause()) {
			lock = lock(integration.id(), timeout);
		}
		try {
			return work.get();
		}
		finally {
			lock.ifPresent(SimpleLock::unlock);
		}
	}

	private Optional<SimpleLock> lock(long integrationId, Duration timeout) {
		return this.locks.lock(new LockConfiguration(this.clock.instant(), "channel-import-" + integrationId,
				timeout.plus(APPLY_ALLOWANCE), Duration.ZERO));
	}

	private @Nullable Instant lastSyncAt(long integrationId) {
		return this.jdbc.sql("SELECT last_sync_at FROM platform_integrations WHERE id = :id")
			.param("id", integrationId)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
	}

	private static boolean pause() {
		try {
			Thread.sleep(POLL.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private SyncResult run(IntegrationView integration, String trigger, String actor, boolean confirmDrop,
			Duration timeout) {
		long integrationId = integration.id();
		Instant started = this.clock.instant();
		if (integration.importUrl() == null || integration.roomCode() == null) {
			return failed(integration, trigger, started, null, 0, "This integration has no feed to import");
		}
		Validators validators = this.jdbc
			.sql("SELECT etag, last_modified, last_result, held_fingerprint FROM platform_integrations WHERE id = :id")
			.param("id", integrationId)
			.query((rs, row) -> new Validators(rs.getString("etag"), rs.getString("last_modified"),
					rs.getString("last_result"), rs.getString("held_fingerprint")))
			.single();
		// a held feed is fetched whole, so that the same answer again can be applied
		boolean held = "held".equals(validators.lastResult());
		FeedFetcher.Fetched fetched = this.fetcher.fetch(integration.importUrl(), held ? null : validators.etag(),
				held ? null : validators.lastModified(), limits(timeout));
		if (fetched instanceof FeedFetcher.Failed failure) {
			return failed(integration, trigger, started, failure.status(), failure.bytes(), failure.error());
		}
		if (fetched instanceof FeedFetcher.NotModified notModified) {
			return notModified(integration, trigger, started, notModified.status());
		}
		FeedFetcher.Body body = (FeedFetcher.Body) fetched;
		LocalDate today = this.catalog.today();
		LocalDate horizon = today.plusMonths(integerSetting("sync.rrule_horizon_months", 18));
		FeedParser.ParsedFeed feed;
		try {
			feed = FeedParser.parse(body.bytes(), this.catalog.zone(), today, horizon);
		}
		catch (FeedParser.FeedRejectedException ex) {
			return failed(integration, trigger, started, body.status(), body.bytes().length, ex.getMessage());
		}
		try {
			SyncResult result = this.transaction.execute((status) -> apply(integration, trigger, actor, started, body,
					feed, today, horizon, validators.heldFingerprint(), confirmDrop));
			count(result.result());
			return result;
		}
		catch (RuntimeException ex) {
			return failed(integration, trigger, started, body.status(), body.bytes().length,
					"The feed could not be applied: " + ex.getMessage());
		}
	}

	private SyncResult apply(IntegrationView integration, String trigger, String actor, Instant started,
			FeedFetcher.Body body, FeedParser.ParsedFeed feed, LocalDate today, LocalDate horizon,
			@Nullable String heldFingerprint, boolean confirmDrop) {
		long id = integration.id();
		// the row lock makes two imports of one feed wait for each other
		this.jdbc.sql("UPDATE platform_integrations SET version = version WHERE id = :id").param("id", id).update();
		List<Long> units = this.catalog.requireRoom(integration.roomCode()).unitIds();
		NavigableSet<LocalDate> wanted = new TreeSet<>();
		Map<LocalDate, FeedParser.FeedEvent> firstEvent = new HashMap<>();
		for (FeedParser.FeedEvent event : feed.events()) {
			for (LocalDate night = event.start(); night.isBefore(event.end()); night = night.plusDays(1)) {
				if (!night.isBefore(today) && night.isBefore(horizon)) {
					wanted.add(night);
					firstEvent.putIfAbsent(night, event);
				}
			}
		}
		List<BlockPlan.StoredBlock> blocks = this.jdbc.sql("""
				SELECT id, unit_id, start_date, end_date FROM channel_blocks
				WHERE integration_id = :id AND end_date > :today ORDER BY start_date, id
				""").param("id", id).param("today", Date.valueOf(today)).query((rs, row) -> {
			LocalDate start = rs.getDate("start_date").toLocalDate();
			return new BlockPlan.StoredBlock(rs.getLong("id"), rs.getLong("unit_id"),
					start.isBefore(today) ? today : start, rs.getDate("end_date").toLocalDate());
		}).list();
		NavigableSet<LocalDate> previous = new TreeSet<>();
		blocks.forEach((block) -> previous.addAll(block.nights()));
		long dropped = previous.stream().filter((night) -> !wanted.contains(night)).count();
		String fingerprint = fingerprint(wanted);
		boolean hold = !confirmDrop && blocks.size() >= integerSetting("sync.mass_drop_min_events", 4)
				&& dropped * 100 > (long) integerSetting("sync.mass_drop_percent", 50) * previous.size()
				&& !fingerprint.equals(heldFingerprint);
		if (hold) {
			// additions apply at once; removals wait for the same answer again or staff
			wanted.addAll(previous);
		}
		BlockPlan plan = BlockPlan.of(blocks, wanted);
		Instant now = this.clock.instant();
		for (BlockPlan.StoredBlock block : plan.released()) {
			this.inventory.release(Holder.OTA_BLOCK, BlockKeys.holderRef(id, block.id()));
			this.jdbc.sql("DELETE FROM channel_blocks WHERE id = :id").param("id", block.id()).update();
		}
		Map<LocalDate, Map<Long, HeldNight>> taken = new TreeMap<>();
		if (!plan.runs().isEmpty()) {
			for (HeldNight night : this.inventory.held(plan.runs().get(0).start(),
					plan.runs().get(plan.runs().size() - 1).end())) {
				if (units.contains(night.unitId())) {
					taken.computeIfAbsent(night.night(), (n) -> new HashMap<>()).put(night.unitId(), night);
				}
			}
		}
		NavigableSet<LocalDate> conflictNights = new TreeSet<>();
		int added = 0;
		int changed = 0;
		for (BlockPlan.Run run : plan.runs()) {
			Long preferred = (run.previous() != null) ? run.previous().unitId() : null;
			boolean claimedAny = false;
			LocalDate night = run.start();
			while (night.isBefore(run.end())) {
				Long unit = choose(units, taken, night, run.end(), preferred);
				if (unit == null) {
					conflictNights.add(night);
					night = night.plusDays(1);
					continue;
				}
				LocalDate end = night.plusDays(1);
				while (end.isBefore(run.end()) && isFree(taken, end, unit)) {
					end = end.plusDays(1);
				}
				FeedParser.FeedEvent event = firstEvent.get(night);
				long blockId = insertBlock(id, unit, night, end, event, now);
				this.inventory.claim(unit, new org.pondok.shared.StayPeriod(night, end), Holder.OTA_BLOCK,
						BlockKeys.holderRef(id, blockId));
				claimedAny = true;
				preferred = unit;
				night = end;
			}
			if (claimedAny) {
				if (run.previous() != null) {
					changed++;
				}
				else {
					added++;
				}
			}
		}
		int conflicts = recordConflicts(id, units.get(0), conflictNights, taken, firstEvent, now);
		this.jdbc.sql("UPDATE channel_blocks SET last_seen_at = :now WHERE integration_id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
		String result = hold ? "held" : "success";
		List<String> notes = new ArrayList<>(feed.refused());
		if (hold) {
			notes.add(0, "Held: the feed dropped " + dropped + " of " + previous.size()
					+ " blocked nights; it applies when the next fetch says the same or staff confirm");
		}
		String error = notes.isEmpty() ? null : truncate(String.join("; ", notes), 2000);
		this.jdbc.sql("""
				UPDATE platform_integrations SET etag = :etag, last_modified = :modified, last_sync_at = :now,
				  last_success_at = CASE WHEN :held = 1 THEN last_success_at ELSE :now END,
				  last_result = :result, last_error = :error, consecutive_failures = 0,
				  held_fingerprint = :fingerprint,
				  held_drop_count = CASE WHEN :held = 1 THEN held_drop_count + 1 ELSE 0 END
				WHERE id = :id
				""")
			.param("etag", body.etag())
			.param("modified", body.lastModified())
			.param("now", Timestamp.from(now))
			.param("held", hold ? 1 : 0)
			.param("result", result)
			.param("error", error)
			.param("fingerprint", hold ? fingerprint : null)
			.param("id", id)
			.update();
		int removed = plan.removed();
		history(id, trigger, started, body.status(), body.bytes().length, result, feed.seen(), added, changed, removed,
				conflicts, error);
		if (!plan.changesNothing() || conflicts > 0) {
			this.audit.record(actor, "channel.imported", "integration", String.valueOf(id),
					added + " added, " + changed + " changed, " + removed + " removed, " + conflicts + " conflicts");
		}
		return new SyncResult(hold ? "held" : "success", result, added, changed, removed, conflicts, error);
	}

	private static @Nullable Long choose(List<Long> units, Map<LocalDate, Map<Long, HeldNight>> taken, LocalDate night,
			LocalDate end, @Nullable Long preferred) {
		if (preferred != null && isFree(taken, night, preferred)) {
			return preferred;
		}
		Long best = null;
		long bestLength = 0;
		for (Long unit : units) {
			long length = 0;
			for (LocalDate day = night; day.isBefore(end) && isFree(taken, day, unit); day = day.plusDays(1)) {
				length++;
			}
			if (length > bestLength) {
				best = unit;
				bestLength = length;
			}
		}
		return best;
	}

	private static boolean isFree(Map<LocalDate, Map<Long, HeldNight>> taken, LocalDate night, long unit) {
		Map<Long, HeldNight> held = taken.get(night);
		return held == null || !held.containsKey(unit);
	}

	private long insertBlock(long integrationId, long unit, LocalDate start, LocalDate end,
			FeedParser.@Nullable FeedEvent event, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO channel_blocks (integration_id, uid, unit_id, start_date, end_date, kind, summary,
				  first_seen_at, last_seen_at, changed_at)
				VALUES (:integration, :uid, :unit, :start, :end, :kind, :summary, :now, :now, :now)
				""")
			.param("integration", integrationId)
			.param("uid", truncate((event != null && !event.uid().isEmpty()) ? event.uid() : "-", 500))
			.param("unit", unit)
			.param("start", Date.valueOf(start))
			.param("end", Date.valueOf(end))
			.param("kind", (event != null) ? event.kind().code() : BlockKind.RESERVATION.code())
			.param("summary", (event != null) ? truncate(event.summary(), 500) : null)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	private int recordConflicts(long integrationId, long unit, NavigableSet<LocalDate> nights,
			Map<LocalDate, Map<Long, HeldNight>> taken, Map<LocalDate, FeedParser.FeedEvent> events, Instant now) {
		int conflicts = 0;
		for (List<LocalDate> run : BlockPlan.consecutive(nights)) {
			LocalDate start = run.get(0);
			LocalDate end = run.get(run.size() - 1).plusDays(1);
			conflicts++;
			boolean known = this.jdbc.sql("""
					SELECT COUNT(*) FROM channel_conflicts WHERE integration_id = :id AND status = 'open'
					  AND start_date = :start AND end_date = :end
					""")
				.param("id", integrationId)
				.param("start", Date.valueOf(start))
				.param("end", Date.valueOf(end))
				.query(Long.class)
				.single() > 0;
			if (known) {
				continue;
			}
			HeldNight holder = taken.get(start).getOrDefault(unit, taken.get(start).values().iterator().next());
			FeedParser.FeedEvent event = events.get(start);
			this.channels.recordConflict(integrationId, (event != null) ? truncate(event.uid(), 500) : null,
					holder.unitId(), start, end, holder.holder().code(), holder.holderRef(),
					(event != null) ? truncate(event.summary(), 500) : null, now);
		}
		return conflicts;
	}

	private SyncResult failed(IntegrationView integration, String trigger, Instant started,
			@Nullable Integer httpStatus, long bytes, String error) {
		String text = truncate(error, 2000);
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("""
					UPDATE platform_integrations SET last_sync_at = :now, last_result = 'failed', last_error = :error,
					  consecutive_failures = consecutive_failures + 1
					WHERE id = :id
					""")
				.param("now", Timestamp.from(this.clock.instant()))
				.param("error", text)
				.param("id", integration.id())
				.update();
			history(integration.id(), trigger, started, httpStatus, bytes, "failed", 0, 0, 0, 0, 0, text);
		});
		count("failed");
		return new SyncResult("failed", "failed", 0, 0, 0, 0, text);
	}

	private SyncResult notModified(IntegrationView integration, String trigger, Instant started, int httpStatus) {
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("""
					UPDATE platform_integrations SET last_sync_at = :now, last_success_at = :now,
					  last_result = 'not_modified', last_error = NULL, consecutive_failures = 0
					WHERE id = :id
					""").param("now", Timestamp.from(this.clock.instant())).param("id", integration.id()).update();
			history(integration.id(), trigger, started, httpStatus, 0, "not_modified", 0, 0, 0, 0, 0, null);
		});
		count("not_modified");
		return new SyncResult("success", "not_modified", 0, 0, 0, 0, null);
	}

	private void history(long integrationId, String trigger, Instant started, @Nullable Integer httpStatus, long bytes,
			String result, int seen, int added, int changed, int removed, int conflicts, @Nullable String error) {
		long duration = Math.max(0, Duration.between(started, this.clock.instant()).toMillis());
		this.jdbc.sql("""
				INSERT INTO platform_sync_history (integration_id, direction, trigger_kind, started_at, duration_ms,
				  http_status, bytes, result, events_seen, events_added, events_changed, events_removed, conflicts,
				  error_text)
				VALUES (:id, 'import', :trigger, :started, :duration, :status, :bytes, :result, :seen, :added,
				  :changed, :removed, :conflicts, :error)
				""")
			.param("id", integrationId)
			.param("trigger", trigger)
			.param("started", Timestamp.from(started))
			.param("duration", (int) Math.min(Integer.MAX_VALUE, duration))
			.param("status", httpStatus)
			.param("bytes", bytes)
			.param("result", result)
			.param("seen", seen)
			.param("added", added)
			.param("changed", changed)
			.param("removed", removed)
			.param("conflicts", conflicts)
			.param("error", error)
			.update();
	}

	private Duration importTimeout() {
		return Duration.ofSeconds(Math.max(1, integerSetting("sync.import_timeout_seconds", 15)));
	}

	private FeedFetcher.Limits limits(Duration timeout) {
		Set<String> privateHosts = this.properties.channel()
			.privateHosts()
			.stream()
			.map((host) -> host.trim().toLowerCase(java.util.Locale.ROOT))
			.filter((host) -> !host.isEmpty())
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
		return new FeedFetcher.Limits(timeout, Math.max(1024, integerSetting("sync.max_feed_bytes", 5 * 1024 * 1024)),
				Math.max(0, Math.min(10, integerSetting("sync.max_redirects", 3))),
				this.properties.channel().allowPrivateHosts(), privateHosts);
	}

	private int integerSetting(String key, int fallback) {
		try {
			return Integer.parseInt(this.channels.calendarSetting(key, String.valueOf(fallback)).trim());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	private void count(String result) {
		this.meters.counter("pondok.channel.imports", "result", result).increment();
	}

	static String fingerprint(NavigableSet<LocalDate> nights) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			nights.forEach((night) -> digest.update((night + ",").getBytes(StandardCharsets.US_ASCII)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	private record Validators(@Nullable String etag, @Nullable String lastModified, @Nullable String lastResult,
			@Nullable String heldFingerprint) {
	}

}
