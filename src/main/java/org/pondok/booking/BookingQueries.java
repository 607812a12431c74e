package org.pondok.booking;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;
import org.pondok.shared.StayPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads booking lists straight from the table, two statements a page.
 */
@Component
class BookingQueries {

	private final JdbcClient jdbc;

	BookingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	BookingPage search(BookingSearch search, int page, int size) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (search.status() != null) {
			conditions.add("status = :status");
			params.put("status", search.status().code());
		}
		if (search.from() != null) {
			conditions.add("check_out > :from");
			params.put("from", Date.valueOf(search.from()));
		}
		if (search.to() != null) {
			conditions.add("check_in < :to");
			params.put("to", Date.valueOf(search.to()));
		}
		if (search.roomCode() != null) {
			conditions.add("room_code = :room");
			params.put("room", search.roomCode());
		}
		if (search.source() != null) {
			conditions.add("source = :source");
			params.put("source", search.source().code());
		}
		if (search.text() != null && !search.text().isBlank()) {
			conditions.add("""
					(LOWER(reference) LIKE :text ESCAPE '!' OR LOWER(guest_email) LIKE :text ESCAPE '!'
					 OR LOWER(guest_phone) LIKE :text ESCAPE '!'
					 OR LOWER(CONCAT(CONCAT(guest_first_name, ' '), guest_last_name)) LIKE :text ESCAPE '!')""");
			params.put("text", "%" + escapeLike(search.text().trim().toLowerCase(Locale.ROOT)) + "%");
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		long total = this.jdbc.sql("SELECT COUNT(*) FROM bookings" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<BookingSummary> items = this.jdbc.sql("""
				SELECT reference, status, room_code, unit_id, check_in, check_out, adults, children,
				       guest_first_name, guest_last_name, guest_email, guest_country, source, currency,
				       total_amount, payment_status, created_at, paid_amount, balance_due_date
				FROM bookings""" + where + " ORDER BY check_in, reference LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, row) -> {
				CurrencyCode currency = CurrencyCode.valueOf(rs.getString("currency"));
				return new BookingSummary(new BookingReference(rs.getString("reference")),
						BookingStatus.ofCode(rs.getString("status")), rs.getString("room_code"), rs.getLong("unit_id"),
						new StayPeriod(rs.getDate("check_in").toLocalDate(), rs.getDate("check_out").toLocalDate()),
						rs.getInt("adults"), rs.getInt("children"),
						rs.getString("guest_first_name") + " " + rs.getString("guest_last_name"),
						rs.getString("guest_email"), rs.getString("guest_country"),
						BookingSource.ofCode(rs.getString("source")),
						Money.of(rs.getBigDecimal("total_amount"), currency),
						PaymentStatus.ofCode(rs.getString("payment_status")), rs.getTimestamp("created_at").toInstant(),
						Money.of(rs.getBigDecimal("paid_amount"), currency),
						(rs.getDate("balance_due_date") != null) ? rs.getDate("balance_due_date").toLocalDate() : null);
			})
			.list();
		return new BookingPage(items, page, size, total);
	}

	private static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

}
