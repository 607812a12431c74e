package org.pondok.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who changed what and when. Every module records its changes here in the transaction
 * that makes them, so an entry exists exactly when the change does (decision 0008).
 * Details never carry a secret or a password.
 */
@Service
public class AuditTrail {

	private static final int MAX_DETAILS = 4000;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a change inside the caller's transaction.
	 * @param actor who made it: a staff e-mail, {@code guest:<e-mail>} or {@code system}
	 * @param action a stable dotted name, e.g. {@code booking.confirmed},
	 * {@code room.updated}
	 * @param targetType what was changed, e.g. {@code booking}, {@code room},
	 * {@code setting}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, String targetType, @Nullable String targetId,
			@Nullable String details) {
		insert(actor, action, targetType, targetId, details);
	}

	/**
	 * Records an event that is not part of a change, such as a lock-out after failed
	 * logins, in a transaction of its own.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordApart(String actor, String action, String targetType, @Nullable String targetId,
			@Nullable String details) {
		insert(actor, action, targetType, targetId, details);
	}

	private void insert(String actor, String action, String targetType, @Nullable String targetId,
			@Nullable String details) {
		this.jdbc.sql("""
				INSERT INTO audit_events (occurred_at, actor, action, target_type, target_id, details, remote_address)
				VALUES (:now, :actor, :action, :type, :target, :details, :address)
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("actor", clip(actor, 255))
			.param("action", clip(action, 64))
			.param("type", clip(targetType, 64))
			.param("target", (targetId != null) ? clip(targetId, 100) : null)
			.param("details", (details != null) ? clip(details, MAX_DETAILS) : null)
			.param("address", remoteAddress())
			.update();
	}

	/**
	 * The newest entries first, filtered by any of actor, action prefix, target type and
	 * target id (case-insensitive, literal text: no wildcards).
	 */
	@Transactional(readOnly = true)
	public AuditPage search(AuditSearch search, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (search.actor() != null && !search.actor().isBlank()) {
			where.append(" AND LOWER(actor) LIKE ? ESCAPE '!'");
			params.add("%" + like(search.actor()) + "%");
		}
		if (search.action() != null && !search.action().isBlank()) {
			where.append(" AND LOWER(action) LIKE ? ESCAPE '!'");
			params.add(like(search.action()) + "%");
		}
		if (search.targetType() != null && !search.targetType().isBlank()) {
			where.append(" AND target_type = ?");
			params.add(search.targetType().trim().toLowerCase(Locale.ROOT));
		}
		if (search.targetId() != null && !search.targetId().isBlank()) {
			where.append(" AND target_id = ?");
			params.add(search.targetId().trim());
		}
		if (search.from() != null) {
			where.append(" AND occurred_at >= ?");
			params.add(Timestamp.from(search.from()));
		}
		if (search.to() != null) {
			where.append(" AND occurred_at < ?");
			params.add(Timestamp.from(search.to()));
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM audit_events" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) page * size);
		List<AuditEntry> items = this.jdbc.sql("""
				SELECT id, occurred_at, actor, action, target_type, target_id, details, remote_address
				FROM audit_events""" + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(pageParams)
			.query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
					rs.getString("target_id"), rs.getString("details"), rs.getString("remote_address")))
			.list();
		return new AuditPage(items, page, size, total);
	}

	/**
	 * Removes entries older than the cutoff.
	 * @return how many were removed
	 */
	@Transactional
	public int removeOlderThan(Instant cutoff) {
		return this.jdbc.sql("DELETE FROM audit_events WHERE occurred_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

	private static String like(String text) {
		return text.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static String clip(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	private static @Nullable String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return clip(request.getRemoteAddr(), 64);
		}
		return null;
	}

	/**
	 * What to look for; every part is optional.
	 */
	public record AuditSearch(@Nullable String actor, @Nullable String action, @Nullable String targetType,
			@Nullable String targetId, @Nullable Instant from, @Nullable Instant to) {

		public static AuditSearch everything() {
			return new AuditSearch(null, null, null, null, null, null);
		}

	}

	/**
	 * One recorded change.
	 */
	public record AuditEntry(long id, Instant occurredAt, String actor, String action, String targetType,
			@Nullable String targetId, @Nullable String details, @Nullable String remoteAddress) {
	}

	/**
	 * A page of entries; {@code page} counts from 0.
	 */
	public record AuditPage(List<AuditEntry> items, int page, int size, long total) {
	}

}
