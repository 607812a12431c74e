package org.pondok.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recorded sync runs of every integration, searched by integration, result, direction
 * and time, newest first.
 */
@Service
public class SyncHistory {

	public static final List<String> RESULTS = List.of("success", "not_modified", "held", "failed");

	public static final List<String> DIRECTIONS = List.of("import", "export");

	private static final Set<String> KNOWN_RESULTS = Set.copyOf(RESULTS);

	private static final Set<String> KNOWN_DIRECTIONS = Set.copyOf(DIRECTIONS);

	private final JdbcClient jdbc;

	SyncHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws ChannelRequestException for a result or direction that does not exist
	 */
	@Transactional(readOnly = true)
	public RunPage search(RunSearch search, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (search.integrationId() != null) {
			where.append(" AND h.integration_id = ?");
			params.add(search.integrationId());
		}
		if (search.result() != null) {
			where.append(" AND h.result = ?");
			params.add(choice("result", search.result(), KNOWN_RESULTS));
		}
		if (search.direction() != null) {
			where.append(" AND h.direction = ?");
			params.add(choice("direction", search.direction(), KNOWN_DIRECTIONS));
		}
		if (search.from() != null) {
			where.append(" AND h.started_at >= ?");
			params.add(Timestamp.from(search.from()));
		}
		if (search.to() != null) {
			where.append(" AND h.started_at < ?");
			params.add(Timestamp.from(search.to()));
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM platform_sync_history h" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) page * size);
		List<Run> items = this.jdbc
			.sql("""
					SELECT h.id, h.integration_id, i.name, i.kind, h.direction, h.trigger_kind, h.started_at, h.duration_ms,
					       h.http_status, h.bytes, h.result, h.events_seen, h.events_added, h.events_changed,
					       h.events_removed, h.conflicts, h.error_text
					FROM platform_sync_history h JOIN platform_integrations i ON i.id = h.integration_id"""
					+ where + " ORDER BY h.started_at DESC, h.id DESC LIMIT ? OFFSET ?")
			.params(pageParams)
			.query((rs, row) -> run(rs))
			.list();
		return new RunPage(items, page, size, total);
	}

	private static String choice(String field, String value, Set<String> known) {
		String wanted = value.trim().toLowerCase(Locale.ROOT);
		if (!known.contains(wanted)) {
			throw new ChannelRequestException(field, "There is no " + field + " '" + clip(wanted) + "'");
		}
		return wanted;
	}

	private static String clip(String text) {
		return (text.length() <= 32) ? text : text.substring(0, 32);
	}

	private static Run run(ResultSet rs) throws SQLException {
		int status = rs.getInt("http_status");
		Integer httpStatus = rs.wasNull() ? null : status;
		long bytes = rs.getLong("bytes");
		Long size = rs.wasNull() ? null : bytes;
		SyncRecord record = new SyncRecord(rs.getLong("id"), rs.getString("direction"), rs.getString("trigger_kind"),
				rs.getTimestamp("started_at").toInstant(), rs.getInt("duration_ms"), httpStatus, size,
				rs.getString("result"), rs.getInt("events_seen"), rs.getInt("events_added"),
				rs.getInt("events_changed"), rs.getInt("events_removed"), rs.getInt("conflicts"),
				rs.getString("error_text"));
		return new Run(rs.getLong("integration_id"), rs.getString("name"),
				IntegrationKind.find(rs.getString("kind")).orElseThrow(), record);
	}

	/**
	 * What to look for; every part is optional, {@code to} is exclusive.
	 */
	public record RunSearch(@Nullable Long integrationId, @Nullable String result, @Nullable String direction,
			@Nullable Instant from, @Nullable Instant to) {
	}

	/**
	 * One run with the integration it belongs to.
	 */
	public record Run(long integrationId, String integrationName, IntegrationKind kind, SyncRecord record) {
	}

	/**
	 * A page of runs; {@code page} counts from 0.
	 */
	public record RunPage(List<Run> items, int page, int size, long total) {
	}

}
