package org.pondok.system;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.scheduling.support.CronExpression;

/**
 * What each setting accepts beyond its type: ranges of whole numbers, the few texts that
 * are a choice, a cron expression, a date pattern, JSON lists. A value is turned into the
 * text stored, or refused with a message that never repeats it.
 */
final class SettingRules {

	static final String READ_ONLY_ENVIRONMENT = "general.environment";

	private static final int MAX_TEXT = 10_000;

	private static final int MAX_SECRET = 4_000;

	private static final Map<String, Range> RANGES = Map.ofEntries(Map.entry("booking.max_nights", new Range(1, 3650)),
			Map.entry("booking.min_nights", new Range(1, 365)), Map.entry("booking.max_guests", new Range(1, 100)),
			Map.entry("booking.max_advance_days", new Range(1, 3650)),
			Map.entry("booking.min_advance_hours", new Range(0, 8760)),
			Map.entry("booking.hold_minutes", new Range(1, 10_080)),
			Map.entry("booking.pre_booking_sync_days", new Range(0, 365)),
			Map.entry("booking.pre_booking_sync_max_age_minutes", new Range(0, 1440)),
			Map.entry("booking.idempotency_ttl_hours", new Range(1, 8760)),
			Map.entry("booking.turnover_buffer_nights", new Range(0, 7)),
			Map.entry("payment.bank_transfer_due_days", new Range(1, 60)),
			Map.entry("payment.reconcile_interval_minutes", new Range(1, 1440)),
			Map.entry("email.smtp_port", new Range(1, 65_535)),
			Map.entry("security.session_timeout_minutes", new Range(1, 1440)),
			Map.entry("security.max_failed_logins", new Range(1, 100)),
			Map.entry("security.lockout_minutes", new Range(1, 10_080)),
			Map.entry("security.password_min_length", new Range(8, 128)),
			Map.entry("security.password_max_age_days", new Range(0, 3650)),
			Map.entry("security.audit_retention_days", new Range(1, 36_500)),
			Map.entry("api.rate_limit_per_hour", new Range(1, 10_000_000)),
			Map.entry("api.feed_rate_limit_per_hour", new Range(1, 10_000_000)),
			Map.entry("api.token_ttl_hours", new Range(1, 8760)),
			Map.entry("api.access_log_retention_days", new Range(1, 36_500)),
			Map.entry("backup.retention_days", new Range(1, 3650)),
			Map.entry("notification.retry_max_attempts", new Range(1, 100)),
			Map.entry("notification.retry_backoff_minutes", new Range(1, 1440)),
			Map.entry("notification.payment_reminder_days", new Range(0, 365)),
			Map.entry("notification.pre_arrival_days", new Range(0, 365)),
			Map.entry("analytics.rollup_hour", new Range(0, 23)));

	private static final Map<String, Set<String>> CHOICES = Map.of("payment.paypal_mode", Set.of("sandbox", "live"),
			"i18n.default_language", Set.of("en", "id", "de", "fr", "it", "ko", "ja", "zh", "ru"),
			"i18n.default_currency", currencyCodes(), "i18n.base_currency", currencyCodes(), "i18n.rates_source",
			Set.of("manual"));

	private static final Map<String, Integer> MAX_LENGTHS = Map.of("general.site_name", 200,
			"general.maintenance_message", 1000, "general.contact_email", 255, "email.from_address", 255,
			"email.from_name", 200);

	private static final Set<String> ADDRESSES = Set.of("general.contact_email", "email.from_address");

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * The text to store for {@code value}, or {@code null} to clear the setting.
	 * @throws SettingException when the setting does not take it
	 */
	@Nullable String normalise(String key, String type, @Nullable Object value) {
		if (READ_ONLY_ENVIRONMENT.equals(key)) {
			throw new SettingException(key + " is set by PONDOK_ENVIRONMENT when Pondok starts",
					SettingException.Reason.READ_ONLY, key);
		}
		if (value == null || (value instanceof String text && text.isBlank() && !"string".equals(type))) {
			return null;
		}
		String text = (value instanceof String string) ? string : String.valueOf(value);
		return switch (type) {
			case "integer" -> integer(key, value, text);
			case "decimal" -> decimal(key, value, text);
			case "boolean" -> flag(key, value, text);
			case "json" -> json(key, value, text);
			case "secret" -> {
				if (!(value instanceof String)) {
					throw refuse(key, SettingException.Reason.TEXT, key + " takes text");
				}
				if (text.length() > MAX_SECRET) {
					throw refuse(key, SettingException.Reason.TOO_LONG,
							key + " is at most " + MAX_SECRET + " characters", MAX_SECRET);
				}
				yield text;
			}
			default -> string(key, value, text);
		};
	}

	private static String integer(String key, Object value, String text) {
		int number;
		try {
			if (value instanceof Boolean) {
				throw new NumberFormatException();
			}
			number = new BigDecimal(text.trim()).intValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw refuse(key, SettingException.Reason.WHOLE_NUMBER, key + " takes a whole number");
		}
		Range range = RANGES.getOrDefault(key, new Range(0, Integer.MAX_VALUE));
		if (number < range.min()) {
			throw refuse(key, SettingException.Reason.TOO_SMALL, key + " must be at least " + range.min(), range.min());
		}
		if (number > range.max()) {
			throw refuse(key, SettingException.Reason.TOO_LARGE, key + " must be at most " + range.max(), range.max());
		}
		return String.valueOf(number);
	}

	private static String decimal(String key, Object value, String text) {
		BigDecimal number;
		try {
			if (value instanceof Boolean) {
				throw new NumberFormatException();
			}
			number = new BigDecimal(text.trim());
		}
		catch (NumberFormatException ex) {
			throw refuse(key, SettingException.Reason.DECIMAL, key + " takes a decimal number");
		}
		if (number.signum() < 0) {
			throw refuse(key, SettingException.Reason.TOO_SMALL, key + " must be at least 0", 0);
		}
		return number.stripTrailingZeros().toPlainString();
	}

	private static String flag(String key, Object value, String text) {
		String flag = text.trim().toLowerCase(Locale.ROOT);
		if (!(value instanceof Boolean || value instanceof String) || !(flag.equals("true") || flag.equals("false"))) {
			throw refuse(key, SettingException.Reason.BOOLEAN, key + " takes true or false");
		}
		return flag;
	}

	private String json(String key, Object value, String text) {
		String source = (value instanceof String) ? text : this.json.writeValueAsString(value);
		JsonNode tree;
		try {
			tree = this.json.readTree(source);
		}
		catch (JacksonException ex) {
			throw refuse(key, SettingException.Reason.JSON, key + " takes valid JSON");
		}
		if (tree == null || tree.isMissingNode()) {
			throw refuse(key, SettingException.Reason.JSON, key + " takes valid JSON");
		}
		if (key.equals("i18n.staff_languages") || key.equals("security.allowed_origins")) {
			boolean texts = tree.isArray();
			for (JsonNode item : tree) {
				texts &= item.isString();
			}
			if (!texts) {
				throw refuse(key, SettingException.Reason.JSON_LIST, key + " takes a JSON list of texts");
			}
		}
		return this.json.writeValueAsString(tree);
	}

	private static String string(String key, Object value, String text) {
		if (!(value instanceof String)) {
			throw refuse(key, SettingException.Reason.TEXT, key + " takes text");
		}
		int max = MAX_LENGTHS.getOrDefault(key, MAX_TEXT);
		if (text.length() > max) {
			throw refuse(key, SettingException.Reason.TOO_LONG, key + " is at most " + max + " characters", max);
		}
		String trimmed = text.trim();
		Set<String> choices = CHOICES.get(key);
		if (choices != null && !choices.contains(trimmed)) {
			List<String> sorted = choices.stream().sorted().toList();
			throw refuse(key, SettingException.Reason.NOT_ALLOWED, key + " is one of " + String.join(", ", sorted),
					String.join(", ", sorted));
		}
		if (ADDRESSES.contains(key) && !trimmed.isEmpty() && !ADDRESS.matcher(trimmed).matches()) {
			throw refuse(key, SettingException.Reason.INVALID, key + " takes an e-mail address");
		}
		if (key.equals("backup.schedule_cron") && !CronExpression.isValidExpression(trimmed)) {
			throw refuse(key, SettingException.Reason.INVALID,
					key + " takes a cron expression of six fields (second minute hour day month weekday)");
		}
		if (key.equals("general.date_format")) {
			try {
				DateTimeFormatter.ofPattern(trimmed);
			}
			catch (IllegalArgumentException ex) {
				throw refuse(key, SettingException.Reason.INVALID, key + " takes a date pattern such as d MMM yyyy");
			}
		}
		return (choices != null) ? trimmed : text;
	}

	private static SettingException refuse(String key, SettingException.Reason reason, String message,
			Object... arguments) {
		return new SettingException(message, reason, key, arguments);
	}

	private static Set<String> currencyCodes() {
		return java.util.Arrays.stream(CurrencyCode.values())
			.map(Enum::name)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	private record Range(int min, int max) {
	}

}
