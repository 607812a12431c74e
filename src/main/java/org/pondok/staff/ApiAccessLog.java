package org.pondok.staff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the API access log: every API call with its time, client, staff member, method,
 * path, status, duration, user agent and address, newest first.
 */
@Service
public class ApiAccessLog {

	public static final int MAX_PAGE_SIZE = 200;

	private final JdbcClient jdbc;

	ApiAccessLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The newest calls first that match every given filter; text filters are literal and
	 * case-insensitive.
	 */
	@Transactional(readOnly = true)
	public ApiCallPage search(ApiCallSearch search, int page, int size) {
		int safeSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
		int safePage = Math.max(0, page);
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (search.status() != null) {
			where.append(" AND status = ?");
			params.add(search.status());
		}
		if (hasText(search.method())) {
			where.append(" AND method = ?");
			params.add(search.method().trim().toUpperCase(Locale.ROOT));
		}
		if (hasText(search.path())) {
			where.append(" AND LOWER(path) LIKE ? ESCAPE '!'");
			params.add("%" + like(search.path()) + "%");
		}
		if (hasText(search.user())) {
			where.append(" AND LOWER(user_email) LIKE ? ESCAPE '!'");
			params.add("%" + like(search.user()) + "%");
		}
		if (hasText(search.client())) {
			where.append(" AND LOWER(client_id) LIKE ? ESCAPE '!'");
			params.add("%" + like(search.client()) + "%");
		}
		if (search.from() != null) {
			where.append(" AND occurred_at >= ?");
			params.add(Timestamp.from(search.from()));
		}
		if (search.to() != null) {
			where.append(" AND occurred_at < ?");
			params.add(Timestamp.from(search.to()));
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM api_access_logs" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(safeSize);
		pageParams.add((long) safePage * safeSize);
		List<ApiCall> items = this.jdbc.sql("""
				SELECT id, occurred_at, client_id, user_email, method, path, status, duration_ms, user_agent,
				  remote_address
				FROM api_access_logs""" + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(pageParams)
			.query((rs, row) -> new ApiCall(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("client_id"), rs.getString("user_email"), rs.getString("method"), rs.getString("path"),
					rs.getInt("status"), rs.getInt("duration_ms"), rs.getString("user_agent"),
					rs.getString("remote_address")))
			.list();
		return new ApiCallPage(items, safePage, safeSize, total);
	}

	private static boolean hasText(@Nullable String text) {
		return text != null && !text.isBlank();
	}

	private static String like(String text) {
		return text.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	/**
	 * What to look for; every part is optional.
	 */
	public record ApiCallSearch(@Nullable Integer status, @Nullable String method, @Nullable String path,
			@Nullable String user, @Nullable String client, @Nullable Instant from, @Nullable Instant to) {

		public static ApiCallSearch everything() {
			return new ApiCallSearch(null, null, null, null, null, null, null);
		}

	}

	/**
	 * One logged API call.
	 *
	 * @param client {@code token:<first characters>} for a bearer token, else
	 * {@code ip:<address>}
	 */
	public record ApiCall(long id, Instant occurredAt, String client, @Nullable String userEmail, String method,
			String path, int status, int durationMillis, @Nullable String userAgent, @Nullable String remoteAddress) {
	}

	/**
	 * A page of calls; {@code page} counts from 0.
	 */
	public record ApiCallPage(List<ApiCall> items, int page, int size, long total) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

}
