package org.pondok.system;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Snapshot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The currencies guests may see and pay in, and the exchange rates staff set: how many
 * units of a currency one unit of the base currency (USD) buys.
 */
@Service
public class Currencies {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Snapshot<Map<CurrencyCode, BigDecimal>> rates;

	Currencies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.rates = new Snapshot<>(Snapshot.SEARCH_MAX_AGE, this::loadRates);
	}

	@Transactional(readOnly = true)
	public List<CurrencyView> all() {
		return this.jdbc.sql("""
				SELECT code, name, symbol, fraction_digits, rate_to_base, enabled, is_base
				FROM currencies ORDER BY sort_order, code
				""")
			.query((rs, row) -> new CurrencyView(CurrencyCode.valueOf(rs.getString("code")), rs.getString("name"),
					rs.getString("symbol"), rs.getInt("fraction_digits"), rs.getBigDecimal("rate_to_base"),
					rs.getBoolean("enabled"), rs.getBoolean("is_base")))
			.list();
	}

	/**
	 * Units of the currency per unit of the base currency.
	 * @throws IllegalStateException when the currency is not offered
	 */
	public BigDecimal rate(CurrencyCode currency) {
		BigDecimal rate = this.rates.get().get(currency);
		if (rate == null) {
			throw new IllegalStateException(currency + " is not offered");
		}
		return rate;
	}

	private Map<CurrencyCode, BigDecimal> loadRates() {
		Map<CurrencyCode, BigDecimal> rates = new EnumMap<>(CurrencyCode.class);
		this.jdbc.sql("SELECT code, rate_to_base FROM currencies WHERE enabled = TRUE").query((rs) -> {
			for (CurrencyCode code : CurrencyCode.values()) {
				if (code.name().equals(rs.getString(1))) {
					rates.put(code, rs.getBigDecimal(2));
				}
			}
		});
		return Collections.unmodifiableMap(rates);
	}

	/**
	 * @throws SettingException when the rate is not positive
	 */
	@Transactional
	public void setRate(CurrencyCode currency, BigDecimal rate, String actor) {
		if (rate.signum() <= 0) {
			throw new SettingException("An exchange rate must be positive", false);
		}
		this.jdbc.sql("""
				UPDATE currencies SET rate_to_base = :rate, updated_at = :now, updated_by = :actor
				WHERE code = :code AND is_base = FALSE
				""")
			.param("rate", rate)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("actor", actor)
			.param("code", currency.name())
			.update();
		this.rates.changed();
	}

	/**
	 * A currency on offer.
	 */
	public record CurrencyView(CurrencyCode code, String name, String symbol, int fractionDigits, BigDecimal rateToBase,
			boolean enabled, boolean base) {
	}

}
