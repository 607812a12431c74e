package org.pondok.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads rooms on sale with their units and texts in one language in two statements,
 * however many rooms there are: availability searches read them on every request.
 */
@Component
class RoomQueries {

	private final JdbcClient jdbc;

	RoomQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RoomView> onSale(@Nullable String code, String language, CurrencyCode currency, CancellationPolicy policy) {
		Map<Long, List<UnitView>> units = new HashMap<>();
		String oneRoom = (code != null) ? " AND r.code = :code" : "";
		this.jdbc.sql("""
				SELECT u.id, u.room_id, u.code, u.name FROM room_units u JOIN rooms r ON r.id = u.room_id
				WHERE u.active = TRUE AND r.active = TRUE""" + oneRoom + " ORDER BY u.room_id, u.sort_order, u.id")
			.params(params(code, null))
			.query((rs, row) -> units.computeIfAbsent(rs.getLong("room_id"), (room) -> new ArrayList<>())
				.add(new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"))))
			.list();
		return this.jdbc.sql("""
				SELECT r.id, r.code, r.name, r.summary, r.description, r.max_adults, r.max_children, r.max_occupancy,
				       r.bed_setup, r.size_sqm, r.amenities, r.base_rate, r.min_nights, r.free_cancellation_days,
				       r.cancellation_fee_percent, t.name AS t_name, t.summary AS t_summary,
				       t.description AS t_description, d.bed_setup AS d_bed_setup, d.amenities AS d_amenities
				FROM rooms r LEFT JOIN room_translations t ON t.room_id = r.id AND t.language = :language
				LEFT JOIN room_detail_translations d ON d.room_id = r.id AND d.language = :language
				WHERE r.active = TRUE""" + oneRoom + " ORDER BY r.sort_order, r.id")
			.params(params(code, language))
			.query((rs, row) -> view(rs, units.getOrDefault(rs.getLong("id"), List.of()), currency, policy))
			.list();
	}

	/**
	 * What every price and policy of the property depends on, in one light statement (the
	 * villa aggregate is loaded only where all of it is needed).
	 */
	Optional<Terms> terms() {
		return this.jdbc.sql("""
				SELECT base_currency, time_zone, free_cancellation_days, cancellation_fee_percent
				FROM villa_info ORDER BY id LIMIT 1
				""")
			.query((rs, row) -> new Terms(CurrencyCode.valueOf(rs.getString("base_currency")),
					ZoneId.of(rs.getString("time_zone")),
					new CancellationPolicy(rs.getInt("free_cancellation_days"),
							rs.getBigDecimal("cancellation_fee_percent"))))
			.optional();
	}

	record Terms(CurrencyCode currency, ZoneId zone, CancellationPolicy policy) {
	}

	/**
	 * The seasons of all rooms on sale that share a night with [from, to).
	 */
	List<SeasonalRateView> seasons(LocalDate from, LocalDate to, CurrencyCode currency) {
		return this.jdbc.sql("""
				SELECT r.code, s.name, s.start_date, s.end_date, s.nightly_rate, s.min_nights
				FROM seasonal_rates s JOIN rooms r ON r.id = s.room_id
				WHERE r.active = TRUE AND s.start_date < :to AND s.end_date > :from
				ORDER BY s.start_date, s.id
				""")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, row) -> new SeasonalRateView(rs.getString("code"), rs.getString("name"),
					rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
					Money.of(rs.getBigDecimal("nightly_rate"), currency), rs.getInt("min_nights")))
			.list();
	}

	private static Map<String, Object> params(@Nullable String code, @Nullable String language) {
		Map<String, Object> params = new HashMap<>();
		if (code != null) {
			params.put("code", code);
		}
		if (language != null) {
			params.put("language", language);
		}
		return params;
	}

	private static RoomView view(ResultSet rs, List<UnitView> units, CurrencyCode currency, CancellationPolicy policy)
			throws SQLException {
		String name = (rs.getString("t_name") != null) ? rs.getString("t_name") : rs.getString("name");
		String summary = (rs.getString("t_summary") != null) ? rs.getString("t_summary") : rs.getString("summary");
		String description = (rs.getString("t_description") != null) ? rs.getString("t_description")
				: rs.getString("description");
		String beds = (rs.getString("d_bed_setup") != null) ? rs.getString("d_bed_setup") : rs.getString("bed_setup");
		String amenities = (rs.getString("d_amenities") != null) ? rs.getString("d_amenities")
				: rs.getString("amenities");
		int freeDays = rs.getInt("free_cancellation_days");
		Integer free = rs.wasNull() ? null : freeDays;
		BigDecimal fee = rs.getBigDecimal("cancellation_fee_percent");
		int size = rs.getInt("size_sqm");
		Integer sizeSqm = rs.wasNull() ? null : size;
		return new RoomView(rs.getLong("id"), rs.getString("code"), name, summary, description, rs.getInt("max_adults"),
				rs.getInt("max_children"), rs.getInt("max_occupancy"), beds, sizeSqm, Lines.split(amenities),
				Money.of(rs.getBigDecimal("base_rate"), currency), rs.getInt("min_nights"), units,
				CancellationPolicy.of(free, fee, policy));
	}

}
