package org.pondok.system;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.Snapshot;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The typed settings of {@code system_config}, read fresh each time so that every
 * instance sees a change at once. Secrets are stored encrypted, are never returned by
 * {@link #all()} and are readable in clear only through {@link #secret(String)}.
 */
@Service
public class SystemSettings {

	private static final int MAX_TEXT = 10_000;

	private final JdbcClient jdbc;

	private final SecretCipher cipher;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Snapshot<Map<String, String>> values;

	SystemSettings(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
		this.values = new Snapshot<>(Snapshot.SEARCH_MAX_AGE, this::loadValues);
	}

	@Transactional(readOnly = true)
	public List<SettingView> all() {
		return this.jdbc.sql(SELECT + " ORDER BY area, config_key").query(this::view).list();
	}

	@Transactional(readOnly = true)
	public Optional<SettingView> find(String key) {
		return this.jdbc.sql(SELECT + " WHERE config_key = :key").param("key", key).query(this::view).optional();
	}

	/**
	 * An integer setting, or the fallback when it is missing or empty.
	 */
	public int integer(String key, int fallback) {
		String value = raw(key);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	public boolean flag(String key) {
		return "true".equalsIgnoreCase(String.valueOf(raw(key)).trim());
	}

	public String text(String key, String fallback) {
		String value = raw(key);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	/**
	 * The clear value of a secret setting, for the module that needs it.
	 */
	public Optional<String> secret(String key) {
		String stored = raw(key);
		return (stored == null || stored.isBlank()) ? Optional.empty() : Optional.of(this.cipher.decrypt(stored));
	}

	/**
	 * Changes a setting after checking the value against its type; {@code null} clears
	 * it.
	 * @throws SettingException for an unknown key or a value of the wrong type
	 */
	@Transactional
	public SettingView update(String key, @Nullable Object value, String actor) {
		SettingView current = find(key)
			.orElseThrow(() -> new SettingException("There is no setting '" + key + "'", true));
		String text = normalise(current, value);
		String stored = (current.secret() && text != null) ? this.cipher.encrypt(text) : text;
		this.jdbc.sql("""
				UPDATE system_config SET config_value = :value, updated_at = :now, updated_by = :actor,
				  version = version + 1
				WHERE config_key = :key
				""")
			.param("value", stored)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("actor", actor)
			.param("key", key)
			.update();
		this.values.changed();
		return find(key).orElseThrow();
	}

	private @Nullable String normalise(SettingView setting, @Nullable Object value) {
		if (value == null) {
			return null;
		}
		String text = (value instanceof String string) ? string : String.valueOf(value);
		return switch (setting.type()) {
			case "integer" -> {
				try {
					yield String.valueOf(new BigDecimal(text.trim()).intValueExact());
				}
				catch (ArithmeticException | NumberFormatException ex) {
					throw new SettingException(setting.key() + " takes a whole number", false);
				}
			}
			case "decimal" -> {
				try {
					yield new BigDecimal(text.trim()).toPlainString();
				}
				catch (NumberFormatException ex) {
					throw new SettingException(setting.key() + " takes a decimal number", false);
				}
			}
			case "boolean" -> {
				String flag = text.trim().toLowerCase(Locale.ROOT);
				if (!flag.equals("true") && !flag.equals("false")) {
					throw new SettingException(setting.key() + " takes true or false", false);
				}
				yield flag;
			}
			case "json" -> {
				String source = (value instanceof String) ? text : this.json.writeValueAsString(value);
				try {
					this.json.readTree(source);
				}
				catch (JacksonException ex) {
					throw new SettingException(setting.key() + " takes valid JSON", false);
				}
				yield source;
			}
			default -> {
				if (!(value instanceof String)) {
					throw new SettingException(setting.key() + " takes text", false);
				}
				if (text.length() > MAX_TEXT) {
					throw new SettingException(setting.key() + " is at most " + MAX_TEXT + " characters", false);
				}
				yield text;
			}
		};
	}

	private @Nullable String raw(String key) {
		return this.values.get().get(key);
	}

	private Map<String, String> loadValues() {
		Map<String, String> values = new HashMap<>();
		this.jdbc.sql("SELECT config_key, config_value FROM system_config WHERE config_value IS NOT NULL")
			.query((rs) -> {
				values.put(rs.getString(1), rs.getString(2));
			});
		return Collections.unmodifiableMap(values);
	}

	private static final String SELECT = """
			SELECT config_key, area, value_type, environment, encrypted, config_value, description, updated_at
			FROM system_config""";

	private SettingView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		boolean secret = rs.getBoolean("encrypted") || "secret".equals(rs.getString("value_type"));
		Timestamp updated = rs.getTimestamp("updated_at");
		return new SettingView(rs.getString("config_key"), rs.getString("area"), rs.getString("value_type"),
				rs.getString("environment"), secret, secret ? null : rs.getString("config_value"),
				rs.getString("description"), (updated != null) ? updated.toInstant() : null);
	}

}
