package org.pondok.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pondok.system.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conflicts imports record when a feed blocks nights someone else already holds, and
 * what staff decide about them. Nothing here moves a hold: staff settle a conflict with
 * the guest or the OTA, then resolve it with a note of what was done, or dismiss it.
 */
@Service
public class ChannelConflicts {

	public static final int MAX_NOTE = 1000;

	private static final Set<String> STATUSES = Set.of("open", "resolved", "dismissed");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ChannelConflicts(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Open conflicts first, then the newest; {@code page} counts from 0.
	 * @throws ChannelRequestException for a status that is not open, resolved or
	 * dismissed
	 */
	@Transactional(readOnly = true)
	public ConflictPage search(@Nullable String status, @Nullable Long integrationId, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (status != null && !status.isBlank()) {
			String wanted = status.trim().toLowerCase(Locale.ROOT);
			if (!STATUSES.contains(wanted)) {
				throw new ChannelRequestException("status", "The status is one of open, resolved, dismissed");
			}
			where.append(" AND c.status = ?");
			params.add(wanted);
		}
		if (integrationId != null) {
			where.append(" AND c.integration_id = ?");
			params.add(integrationId);
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM channel_conflicts c" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) page * size);
		List<ConflictView> items = this.jdbc.sql(CONFLICT + where + """
				 ORDER BY CASE WHEN c.status = 'open' THEN 0 ELSE 1 END, c.detected_at DESC, c.id DESC
				LIMIT ? OFFSET ?""").params(pageParams).query((rs, row) -> conflict(rs)).list();
		return new ConflictPage(items, page, size, total);
	}

	@Transactional(readOnly = true)
	public java.util.Optional<ConflictView> conflict(long id) {
		return this.jdbc.sql(CONFLICT + " WHERE c.id = ?").param(id).query((rs, row) -> conflict(rs)).optional();
	}

	@Transactional(readOnly = true)
	public long openCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM channel_conflicts WHERE status = 'open'").query(Long.class).single();
	}

	/**
	 * Closes an open conflict with what staff did about it.
	 * @throws ChannelRequestException for an unknown conflict or a missing note
	 * @throws ConflictNotOpenException when it is resolved or dismissed already
	 */
	@Transactional
	public ConflictView resolve(long id, @Nullable String resolution, String actor) {
		open(id);
		String note = note(resolution);
		if (note == null) {
			throw new ChannelRequestException("resolution",
					"Say how the conflict was resolved (1 to " + MAX_NOTE + " characters)");
		}
		return close(id, "resolved", note, actor);
	}

	/**
	 * Closes an open conflict that needs nothing done, e.g. a test event; the note is
	 * optional.
	 * @throws ChannelRequestException for an unknown conflict or a note too long
	 * @throws ConflictNotOpenException when it is resolved or dismissed already
	 */
	@Transactional
	public ConflictView dismiss(long id, @Nullable String note, String actor) {
		open(id);
		return close(id, "dismissed", note(note), actor);
	}

	private void open(long id) {
		ConflictView conflict = conflict(id)
			.orElseThrow(() -> new ChannelRequestException("id", "There is no conflict " + id, true));
		if (!conflict.open()) {
			throw new ConflictNotOpenException(id, conflict.status());
		}
	}

	private ConflictView close(long id, String status, @Nullable String note, String actor) {
		int closed = this.jdbc.sql("""
				UPDATE channel_conflicts SET status = :status, resolved_at = :now, resolved_by = :actor,
				  resolution = :note
				WHERE id = :id AND status = 'open'
				""")
			.param("status", status)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("actor", actor)
			.param("note", note)
			.param("id", id)
			.update();
		ConflictView conflict = conflict(id).orElseThrow();
		if (closed == 0) {
			// closed by someone else since it was read
			throw new ConflictNotOpenException(id, conflict.status());
		}
		this.audit.record(actor, "channel.conflict_" + status, "channel_conflict", String.valueOf(id),
				conflict.integrationName() + ", unit " + conflict.unitId() + ", " + conflict.start() + " to "
						+ conflict.end() + ((note != null) ? ": " + note : ""));
		return conflict;
	}

	private static @Nullable String note(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String note = text.strip();
		if (note.length() > MAX_NOTE) {
			throw new ChannelRequestException("resolution", "A note is at most " + MAX_NOTE + " characters");
		}
		return note;
	}

	private static final String CONFLICT = """
			SELECT c.id, c.integration_id, i.name, i.kind, c.uid, c.unit_id, c.start_date, c.end_date, c.held_by,
			       c.held_by_ref, c.summary, c.status, c.detected_at, c.resolved_at, c.resolved_by, c.resolution
			FROM channel_conflicts c JOIN platform_integrations i ON i.id = c.integration_id""";

	private static ConflictView conflict(ResultSet rs) throws SQLException {
		Timestamp resolved = rs.getTimestamp("resolved_at");
		return new ConflictView(rs.getLong("id"), rs.getLong("integration_id"), rs.getString("name"),
				IntegrationKind.find(rs.getString("kind")).orElseThrow(), rs.getString("uid"), rs.getLong("unit_id"),
				rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(), rs.getString("held_by"),
				rs.getString("held_by_ref"), rs.getString("summary"), rs.getString("status"),
				rs.getTimestamp("detected_at").toInstant(), (resolved != null) ? resolved.toInstant() : null,
				rs.getString("resolved_by"), rs.getString("resolution"));
	}

	/**
	 * A page of conflicts; {@code page} counts from 0.
	 */
	public record ConflictPage(List<ConflictView> items, int page, int size, long total) {
	}

}
