package org.pondok.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The typed settings of {@code system_config}. Reads go through a snapshot at most two
 * seconds old (decision 0007), so a change shows on every instance within that time and a
 * busy page costs no extra statement. Secrets are stored encrypted, are never returned by
 * {@link #all()} and are readable in clear only through {@link #secret(String)}. A
 * setting meant for another environment than this one reads as unset (decision 0010).
 * Every change is recorded in the audit trail, a secret's as "secret changed" only.
 */
@Service
public class SystemSettings {

	public static final String MAINTENANCE_MODE = "general.maintenance_mode";

	public static final String MAINTENANCE_MESSAGE = "general.maintenance_message";

	public static final String DEBUG_MODE = "general.debug_mode";

	private static final Logger log = LoggerFactory.getLogger(SystemSettings.class);

	private static final int MAX_SHOWN = 300;

	private final JdbcClient jdbc;

	private final SecretCipher cipher;

	private final Clock clock;

	private final AuditTrail audit;

	private final RuntimeEnvironment environment;

	private final SettingRules rules = new SettingRules();

	private final Snapshot<Map<String, String>> values;

	SystemSettings(JdbcClient jdbc, SecretCipher cipher, Clock clock, AuditTrail audit, PondokProperties properties) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
		this.audit = audit;
		this.environment = properties.runtimeEnvironment();
		this.values = new Snapshot<>(Snapshot.SEARCH_MAX_AGE, this::loadValues);
	}

	/**
	 * The environment this installation runs in.
	 */
	public RuntimeEnvironment environment() {
		return this.environment;
	}

	@Transactional(readOnly = true)
	public List<SettingView> all() {
		return this.jdbc.sql(SELECT + " ORDER BY area, config_key")
			.query(this::mapRow)
			.list()
			.stream()
			.map(Row::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<SettingView> find(String key) {
		return row(key).map(Row::view);
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
	 * Whether guests see the maintenance notice; read from the snapshot, so it costs no
	 * statement per request.
	 */
	public boolean maintenance() {
		return flag(MAINTENANCE_MODE);
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
	 * @throws SettingException for an unknown key or a value the setting does not take
	 */
	@Transactional
	public SettingView update(String key, @Nullable Object value, String actor) {
		return update(key, value, null, actor);
	}

	/**
	 * Changes a setting as {@link #update(String, Object, String)} does, provided it is
	 * still at {@code version} when one is given.
	 * @throws SettingException with reason {@code STALE} when someone changed it since
	 */
	@Transactional
	public SettingView update(String key, @Nullable Object value, @Nullable Integer version, String actor) {
		Row current = row(key).orElseThrow(() -> unknown(key));
		String text = this.rules.normalise(key, current.type(), value);
		checkVersion(current, version);
		write(current, text, actor);
		return find(key).orElseThrow();
	}

	/**
	 * Changes several settings together: all of them, or none when any is refused. Values
	 * equal to the stored ones are left alone.
	 * @return how many settings changed
	 * @throws SettingsRefusedException naming every refused setting; nothing is saved
	 */
	@Transactional
	public int updateAll(List<SettingChange> changes, String actor) {
		List<SettingException> problems = new ArrayList<>();
		List<Pending> pending = new ArrayList<>();
		for (SettingChange change : changes) {
			try {
				Row current = row(change.key()).orElseThrow(() -> unknown(change.key()));
				String text = this.rules.normalise(change.key(), current.type(), change.value());
				if (current.secret() || !Objects.equals(text, current.stored())) {
					checkVersion(current, change.version());
					pending.add(new Pending(current, text));
				}
			}
			catch (SettingException ex) {
				problems.add(ex);
			}
		}
		if (!problems.isEmpty()) {
			throw new SettingsRefusedException(problems);
		}
		for (Pending change : pending) {
			write(change.current(), change.text(), actor);
		}
		return pending.size();
	}

	private void checkVersion(Row current, @Nullable Integer version) {
		if (version != null && version != current.version()) {
			throw new SettingException(current.key() + " was changed by someone else meanwhile; read it again",
					SettingException.Reason.STALE, current.key());
		}
	}

	private void write(Row current, @Nullable String text, String actor) {
		String stored = (current.secret() && text != null) ? this.cipher.encrypt(text) : text;
		int updated = this.jdbc.sql("""
				UPDATE system_config SET config_value = :value, updated_at = :now, updated_by = :actor,
				  version = version + 1
				WHERE config_key = :key AND version = :version
				""")
			.param("value", stored)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("actor", actor)
			.param("key", current.key())
			.param("version", current.version())
			.update();
		if (updated == 0) {
			throw new SettingException(current.key() + " was changed by someone else meanwhile; read it again",
					SettingException.Reason.STALE, current.key());
		}
		this.audit.record(actor, "setting.changed", "setting", current.key(), details(current, text));
		this.values.changed();
		log.debug("Setting {} changed by {}", current.key(), actor);
	}

	private static String details(Row current, @Nullable String text) {
		if (current.secret()) {
			return (text == null) ? "secret cleared" : "secret changed";
		}
		return shown(current.stored()) + " → " + shown(text);
	}

	private static String shown(@Nullable String value) {
		if (value == null) {
			return "(empty)";
		}
		return (value.length() <= MAX_SHOWN) ? value : value.substring(0, MAX_SHOWN) + "…";
	}

	private static SettingException unknown(String key) {
		return new SettingException("There is no setting '" + key + "'", SettingException.Reason.UNKNOWN, key);
	}

	private @Nullable String raw(String key) {
		return this.values.get().get(key);
	}

	private Optional<Row> row(String key) {
		return this.jdbc.sql(SELECT + " WHERE config_key = :key").param("key", key).query(this::mapRow).optional();
	}

	private Map<String, String> loadValues() {
		Map<String, String> values = new HashMap<>();
		this.jdbc.sql("SELECT config_key, config_value, environment FROM system_config WHERE config_value IS NOT NULL")
			.query((rs) -> {
				if (this.environment.admits(rs.getString(3))) {
					values.put(rs.getString(1), rs.getString(2));
				}
			});
		values.put(SettingRules.READ_ONLY_ENVIRONMENT, this.environment.code());
		return Collections.unmodifiableMap(values);
	}

	private static final String SELECT = """
			SELECT config_key, area, value_type, environment, encrypted, config_value, description, updated_at, version
			FROM system_config""";

	private Row mapRow(ResultSet rs, int row) throws SQLException {
		String key = rs.getString("config_key");
		boolean secret = rs.getBoolean("encrypted") || "secret".equals(rs.getString("value_type"));
		Timestamp updated = rs.getTimestamp("updated_at");
		String stored = rs.getString("config_value");
		if (SettingRules.READ_ONLY_ENVIRONMENT.equals(key)) {
			stored = this.environment.code();
		}
		return new Row(key, rs.getString("area"), secret ? "secret" : rs.getString("value_type"),
				rs.getString("environment"), secret, stored, rs.getString("description"),
				(updated != null) ? updated.toInstant() : null, rs.getInt("version"),
				this.environment.admits(rs.getString("environment")));
	}

	private record Row(String key, String area, String type, String environment, boolean secret,
			@Nullable String stored, @Nullable String description, @Nullable Instant updatedAt, int version,
			boolean effective) {

		SettingView view() {
			boolean set = this.stored != null && !this.stored.isBlank();
			return new SettingView(this.key, this.area, this.type, this.environment, this.secret,
					this.secret ? null : this.stored, set, this.effective, this.description, this.updatedAt,
					this.version);
		}

	}

	private record Pending(Row current, @Nullable String text) {
	}

}
