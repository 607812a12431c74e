package org.pondok.channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pondok.system.AuditTrail;
import org.pondok.system.PondokProperties;
import org.pondok.system.SecretCipher;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platform integrations, the calendar feeds Pondok publishes, and the calendar settings.
 * Every change is written to the audit trail in the transaction that makes it.
 */
@Service
public class ChannelManagement {

	/** The shortest sync interval, in minutes. */
	public static final int MIN_INTERVAL = 5;

	/** The longest sync interval, in minutes (a week). */
	public static final int MAX_INTERVAL = 10_080;

	private static final Set<String> STATUSES = Set.of("active", "paused", "error", "disabled");

	private static final Set<String> SCOPES = Set.of("room", "all", "arrivals", "housekeeping");

	private final JdbcClient jdbc;

	private final SecretCipher cipher;

	private final PondokProperties properties;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ChannelManagement(JdbcClient jdbc, SecretCipher cipher, PondokProperties properties, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.properties = properties;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws ChannelRequestException when a field is missing or wrong (an unknown room,
	 * an address that is not http(s)…)
	 */
	@Transactional
	public IntegrationView addIntegration(NewIntegration integration, String actor) {
		if (integration.name() == null || integration.name().isBlank() || integration.name().length() > 200) {
			throw new ChannelRequestException("name", "A name of 1 to 200 characters is required");
		}
		String importUrl = (integration.importUrl() != null && !integration.importUrl().isBlank())
				? FeedAddress.check(integration.importUrl()) : null;
		String roomCode = blankToNull(integration.roomCode());
		if (integration.kind().importsFeed() && roomCode == null) {
			throw new ChannelRequestException("roomCode",
					"An " + integration.kind().code() + " integration imports into one room: roomCode is required");
		}
		if (integration.kind().importsFeed() && importUrl == null) {
			throw new ChannelRequestException("importUrl", "The OTA's iCal export address is required");
		}
		int interval = interval(integration.syncIntervalMinutes(), defaultInterval());
		String status = status(integration.status(), "active");
		Instant now = this.clock.instant();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			this.jdbc.sql("""
					INSERT INTO platform_integrations (kind, category, name, room_code, import_url,
					  sync_interval_minutes, status, secrets, created_at, updated_at)
					VALUES (:kind, :category, :name, :room, :url, :interval, :status, :secrets, :now, :now)
					""")
				.param("kind", integration.kind().code())
				.param("category", integration.kind().category())
				.param("name", integration.name().trim())
				.param("room", roomCode)
				.param("url", importUrl)
				.param("interval", interval)
				.param("status", status)
				.param("secrets", (integration.secrets() != null) ? this.cipher.encrypt(integration.secrets()) : null)
				.param("now", Timestamp.from(now))
				.update(key, "id");
		}
		catch (DataIntegrityViolationException ex) {
			throw new ChannelRequestException("roomCode", "There is no room '" + roomCode + "'");
		}
		long id = key.getKeyAs(Number.class).longValue();
		this.audit.record(actor, "integration.added", "integration", String.valueOf(id),
				integration.kind().code() + " '" + integration.name().trim() + "'"
						+ ((roomCode != null) ? ", room " + roomCode : "") + ", every " + interval + " min, " + status);
		return integration(id).orElseThrow();
	}

	/**
	 * The import address as it would be stored (a {@code webcal://} link becomes
	 * {@code https://}).
	 * @throws ChannelRequestException when it is not an address a feed may be imported
	 * from
	 */
	public String checkImportUrl(String address) {
		return FeedAddress.check(address);
	}

	/**
	 * The interval a new integration gets when none is asked for
	 * ({@code sync.default_interval_minutes}).
	 */
	@Transactional(readOnly = true)
	public int defaultInterval() {
		try {
			int minutes = Integer.parseInt(calendarSetting("sync.default_interval_minutes", "60").trim());
			return (minutes >= MIN_INTERVAL && minutes <= MAX_INTERVAL) ? minutes : 60;
		}
		catch (NumberFormatException ex) {
			return 60;
		}
	}

	@Transactional(readOnly = true)
	public List<IntegrationView> integrations() {
		return this.jdbc.sql(INTEGRATION + " ORDER BY id").query((rs, row) -> integration(rs)).list();
	}

	@Transactional(readOnly = true)
	public Optional<IntegrationView> integration(long id) {
		return this.jdbc.sql(INTEGRATION + " WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> integration(rs))
			.optional();
	}

	/**
	 * @throws ChannelRequestException for an unknown integration or a wrong field
	 */
	@Transactional
	public IntegrationView updateIntegration(long id, IntegrationChanges changes, String actor) {
		IntegrationView current = integration(id)
			.orElseThrow(() -> new ChannelRequestException("id", "There is no integration " + id, true));
		String name = (changes.name() != null) ? changes.name().trim() : current.name();
		if (name.isEmpty() || name.length() > 200) {
			throw new ChannelRequestException("name", "A name of 1 to 200 characters is required");
		}
		String importUrl = (changes.importUrl() != null) ? FeedAddress.check(changes.importUrl()) : current.importUrl();
		String roomCode = (changes.roomCode() != null) ? blankToNull(changes.roomCode()) : current.roomCode();
		if (current.kind().importsFeed() && roomCode == null) {
			throw new ChannelRequestException("roomCode",
					"This integration imports into one room: roomCode is required");
		}
		int interval = interval(changes.syncIntervalMinutes(), current.syncIntervalMinutes());
		String status = status(changes.status(), current.status());
		boolean urlChanged = importUrl != null && !importUrl.equals(current.importUrl());
		try {
			this.jdbc.sql("""
					UPDATE platform_integrations SET name = :name, room_code = :room, import_url = :url,
					  sync_interval_minutes = :interval, status = :status, updated_at = :now, version = version + 1,
					  etag = CASE WHEN :urlChanged = 1 THEN NULL ELSE etag END,
					  last_modified = CASE WHEN :urlChanged = 1 THEN NULL ELSE last_modified END
					WHERE id = :id
					""")
				.param("name", name)
				.param("room", roomCode)
				.param("url", importUrl)
				.param("interval", interval)
				.param("status", status)
				.param("now", Timestamp.from(this.clock.instant()))
				.param("urlChanged", urlChanged ? 1 : 0)
				.param("id", id)
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			throw new ChannelRequestException("roomCode", "There is no room '" + roomCode + "'");
		}
		// the address is not written down: an OTA's export link carries its own access
		// key
		this.audit.record(actor, "integration.updated", "integration", String.valueOf(id),
				"'" + name + "'" + ((roomCode != null) ? ", room " + roomCode : "") + ", every " + interval + " min, "
						+ status + (urlChanged ? ", new import address" : ""));
		return integration(id).orElseThrow();
	}

	/**
	 * Publishes a calendar feed under a new unguessable token (256 bits).
	 * @throws ChannelRequestException when the scope or room is wrong
	 */
	@Transactional
	public SubscriptionView subscribe(NewSubscription subscription, String actor) {
		if (subscription.name() == null || subscription.name().isBlank() || subscription.name().length() > 200) {
			throw new ChannelRequestException("name", "A name of 1 to 200 characters is required");
		}
		String scope = String.valueOf(subscription.scope()).trim().toLowerCase(Locale.ROOT);
		if (!SCOPES.contains(scope)) {
			throw new ChannelRequestException("scope", "The scope is one of room, all, arrivals, housekeeping");
		}
		String roomCode = blankToNull(subscription.roomCode());
		if (scope.equals("room") != (roomCode != null)) {
			throw new ChannelRequestException("roomCode",
					scope.equals("room") ? "A room feed needs a roomCode" : "Only a room feed takes a roomCode");
		}
		String clientKind = (subscription.clientKind() != null && !subscription.clientKind().isBlank())
				? subscription.clientKind().trim().toLowerCase(Locale.ROOT) : "other";
		if (!clientKind.matches("[a-z_]{1,32}")) {
			throw new ChannelRequestException("clientKind", "The client kind is a short lower-case word");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			this.jdbc.sql("""
					INSERT INTO calendar_subscriptions (name, scope, room_code, client_kind, token_hash, token_secret,
					  include_guest_details, active, created_by, created_at)
					VALUES (:name, :scope, :room, :client, :hash, :secret, :details, TRUE, :actor, :now)
					""")
				.param("name", subscription.name().trim())
				.param("scope", scope)
				.param("room", roomCode)
				.param("client", clientKind)
				.param("hash", hash(token))
				.param("secret", this.cipher.encrypt(token))
				.param("details", subscription.includeGuestDetails())
				.param("actor", actor)
				.param("now", Timestamp.from(this.clock.instant()))
				.update(key, "id");
		}
		catch (DataIntegrityViolationException ex) {
			throw new ChannelRequestException("roomCode", "There is no room '" + roomCode + "'");
		}
		long id = key.getKeyAs(Number.class).longValue();
		this.audit.record(actor, "subscription.created", "calendar_subscription", String.valueOf(id),
				"'" + subscription.name().trim() + "', " + scope + ((roomCode != null) ? " " + roomCode : "")
						+ (subscription.includeGuestDetails() ? ", guest details" : ""));
		return this.jdbc.sql(SUBSCRIPTION + " WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> subscription(rs))
			.single();
	}

	/**
	 * Every feed still published, newest first.
	 */
	@Transactional(readOnly = true)
	public List<SubscriptionView> subscriptions() {
		return this.jdbc.sql(SUBSCRIPTION + " WHERE active = TRUE ORDER BY id DESC")
			.query((rs, row) -> subscription(rs))
			.list();
	}

	/**
	 * Stops a feed: its link answers 404 from now on.
	 */
	@Transactional
	public void revokeSubscription(long id, String actor) {
		int revoked = this.jdbc.sql("""
				UPDATE calendar_subscriptions SET active = FALSE, revoked_at = :now WHERE id = :id AND active = TRUE
				""").param("now", Timestamp.from(this.clock.instant())).param("id", id).update();
		if (revoked == 0) {
			throw new ChannelRequestException("id", "There is no published feed " + id, true);
		}
		this.audit.record(actor, "subscription.revoked", "calendar_subscription", String.valueOf(id), null);
	}

	/**
	 * The published feed a token opens.
	 */
	@Transactional(readOnly = true)
	public Optional<SubscriptionView> subscriptionByToken(String token) {
		if (token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql(SUBSCRIPTION + " WHERE token_hash = :hash AND active = TRUE")
			.param("hash", hash(token))
			.query((rs, row) -> subscription(rs))
			.optional();
	}

	@Transactional(readOnly = true)
	public List<CalendarSettingView> calendarSettings() {
		return this.jdbc.sql(CALENDAR_SETTING + " ORDER BY id").query((rs, row) -> calendarSetting(rs)).list();
	}

	/**
	 * Changes one calendar setting.
	 * @throws ChannelRequestException for a setting that does not exist
	 * @throws CalendarSettingsRefusedException when its type or range refuses the value
	 */
	@Transactional
	public CalendarSettingView updateCalendarSetting(String key, @Nullable Object value, String actor) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		values.put(key, value);
		return updateCalendarSettings(values, actor).get(0);
	}

	/**
	 * Changes several calendar settings at once, all or none: one refused value saves
	 * nothing. A value equal to the stored one is left alone.
	 * @return the settings asked for, as stored now
	 * @throws ChannelRequestException for a setting that does not exist
	 * @throws CalendarSettingsRefusedException listing every refused value
	 */
	@Transactional
	public List<CalendarSettingView> updateCalendarSettings(Map<String, @Nullable Object> values, String actor) {
		Map<String, CalendarSettingView> current = new LinkedHashMap<>();
		calendarSettings().forEach((setting) -> current.put(setting.key(), setting));
		Map<String, String> normalised = new LinkedHashMap<>();
		List<CalendarSettingsRefusedException.Refusal> refusals = new ArrayList<>();
		for (Map.Entry<String, @Nullable Object> entry : values.entrySet()) {
			CalendarSettingView setting = current.get(entry.getKey());
			if (setting == null) {
				throw new ChannelRequestException("key",
						"There is no calendar setting '" + clip(entry.getKey(), 100) + "'", true);
			}
			try {
				normalised.put(setting.key(),
						CalendarSettingRules.normalise(setting.key(), setting.type(), entry.getValue()));
			}
			catch (CalendarSettingsRefusedException ex) {
				refusals.addAll(ex.refusals());
			}
		}
		if (!refusals.isEmpty()) {
			throw new CalendarSettingsRefusedException(refusals);
		}
		Instant now = this.clock.instant();
		for (Map.Entry<String, String> entry : normalised.entrySet()) {
			CalendarSettingView setting = current.get(entry.getKey());
			if (entry.getValue().equals(setting.value())) {
				continue;
			}
			this.jdbc.sql("""
					UPDATE calendar_settings SET setting_value = :value, updated_at = :now, updated_by = :actor,
					  version = version + 1
					WHERE setting_key = :key
					""")
				.param("value", entry.getValue())
				.param("now", Timestamp.from(now))
				.param("actor", actor)
				.param("key", entry.getKey())
				.update();
			this.audit.record(actor, "calendar_setting.updated", "calendar_setting", entry.getKey(),
					setting.value() + " → " + entry.getValue());
		}
		return this.jdbc.sql(CALENDAR_SETTING + " ORDER BY id")
			.query((rs, row) -> calendarSetting(rs))
			.list()
			.stream()
			.filter((setting) -> normalised.containsKey(setting.key()))
			.toList();
	}

	@Transactional(readOnly = true)
	public String calendarSetting(String key, String fallback) {
		return this.jdbc.sql("SELECT setting_value FROM calendar_settings WHERE setting_key = :key")
			.param("key", key)
			.query(String.class)
			.optional()
			.orElse(fallback);
	}

	/**
	 * Records nights {@code [start, end)} of a unit that a feed blocks and someone else
	 * holds as an open conflict, inside the import's transaction, and tells other modules
	 * through {@link ChannelConflictDetected}. It runs in the import's transaction, so
	 * the event is published exactly when the conflict is stored.
	 */
	long recordConflict(long integrationId, @Nullable String uid, long unitId, LocalDate start, LocalDate end,
			String heldBy, String heldByRef, @Nullable String summary, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO channel_conflicts (integration_id, uid, unit_id, start_date, end_date, held_by,
				  held_by_ref, summary, status, detected_at)
				VALUES (:id, :uid, :unit, :start, :end, :holder, :ref, :summary, 'open', :now)
				""")
			.param("id", integrationId)
			.param("uid", uid)
			.param("unit", unitId)
			.param("start", java.sql.Date.valueOf(start))
			.param("end", java.sql.Date.valueOf(end))
			.param("holder", heldBy)
			.param("ref", heldByRef)
			.param("summary", summary)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		this.events.publishEvent(new ChannelConflictDetected(id, integrationId, unitId, start, end, heldBy, heldByRef));
		return id;
	}

	/**
	 * One calendar setting; {@code min} and {@code max} bound a whole number.
	 */
	public record CalendarSettingView(String key, @Nullable String value, String type, @Nullable String description,
			@Nullable Integer min, @Nullable Integer max, @Nullable Instant updatedAt, @Nullable String updatedBy,
			int version) {
	}

	private static final String CALENDAR_SETTING = """
			SELECT setting_key, setting_value, value_type, description, updated_at, updated_by, version
			FROM calendar_settings""";

	private static CalendarSettingView calendarSetting(ResultSet rs) throws SQLException {
		String key = rs.getString("setting_key");
		String type = rs.getString("value_type");
		CalendarSettingRules.Range range = "integer".equals(type) ? CalendarSettingRules.range(key) : null;
		return new CalendarSettingView(key, rs.getString("setting_value"), type, rs.getString("description"),
				(range != null) ? range.min() : null, (range != null) ? range.max() : null, instant(rs, "updated_at"),
				rs.getString("updated_by"), rs.getInt("version"));
	}

	private static String clip(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	private static final String INTEGRATION = """
			SELECT id, kind, name, room_code, import_url, sync_interval_minutes, status, last_sync_at,
			       last_success_at, last_result, last_error, secrets, created_at
			FROM platform_integrations""";

	private static final String SUBSCRIPTION = """
			SELECT id, name, scope, room_code, client_kind, include_guest_details, active, token_secret,
			       created_at, last_fetched_at, last_client, fetch_count
			FROM calendar_subscriptions""";

	private IntegrationView integration(ResultSet rs) throws SQLException {
		return new IntegrationView(rs.getLong("id"), IntegrationKind.find(rs.getString("kind")).orElseThrow(),
				rs.getString("name"), rs.getString("room_code"), rs.getString("import_url"),
				rs.getInt("sync_interval_minutes"), rs.getString("status"), instant(rs, "last_sync_at"),
				instant(rs, "last_success_at"), rs.getString("last_result"), rs.getString("last_error"),
				rs.getString("secrets") != null, rs.getTimestamp("created_at").toInstant());
	}

	private SubscriptionView subscription(ResultSet rs) throws SQLException {
		String token = this.cipher.decrypt(rs.getString("token_secret"));
		String url = this.properties.baseUrl().replaceAll("/+$", "") + "/calendars/" + token + ".ics";
		String webcal = url.replaceFirst("^https?://", "webcal://");
		return new SubscriptionView(rs.getLong("id"), rs.getString("name"), rs.getString("scope"),
				rs.getString("room_code"), rs.getString("client_kind"), rs.getBoolean("include_guest_details"),
				rs.getBoolean("active"), url, webcal, rs.getTimestamp("created_at").toInstant(),
				instant(rs, "last_fetched_at"), rs.getLong("fetch_count"), rs.getString("last_client"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static int interval(@Nullable Integer asked, int fallback) {
		int interval = (asked != null) ? asked : fallback;
		if (interval < MIN_INTERVAL || interval > MAX_INTERVAL) {
			throw new ChannelRequestException("syncIntervalMinutes",
					"The interval is " + MIN_INTERVAL + " to " + MAX_INTERVAL + " minutes");
		}
		return interval;
	}

	private static String status(@Nullable String asked, String fallback) {
		if (asked == null) {
			return fallback;
		}
		String status = asked.trim().toLowerCase(Locale.ROOT);
		if (!STATUSES.contains(status)) {
			throw new ChannelRequestException("status", "The status is one of active, paused, error, disabled");
		}
		return status;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
