package org.pondok.channel;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.pondok.channel.CalendarSettingsRefusedException.Reason;
import org.pondok.channel.CalendarSettingsRefusedException.Refusal;

/**
 * What each calendar setting accepts, by its {@code value_type}: whole numbers within the
 * range that keeps imports and exports sane, {@code true}/{@code false}, a colour as
 * {@code #rrggbb}, a time zone Java knows, or a short text. A value is turned into the
 * text stored, or refused.
 */
final class CalendarSettingRules {

	static final int MAX_TEXT = 500;

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

	private static final Map<String, Range> RANGES = Map.ofEntries(
			Map.entry("sync.default_interval_minutes",
					new Range(ChannelManagement.MIN_INTERVAL, ChannelManagement.MAX_INTERVAL)),
			Map.entry("sync.import_timeout_seconds", new Range(1, 120)),
			Map.entry("sync.pre_booking_timeout_seconds", new Range(1, 30)),
			Map.entry("sync.max_feed_bytes", new Range(1024, 50 * 1024 * 1024)),
			Map.entry("sync.max_redirects", new Range(0, 10)),
			Map.entry("sync.staleness_alert_intervals", new Range(1, 100)),
			Map.entry("sync.mass_drop_percent", new Range(1, 100)),
			Map.entry("sync.mass_drop_min_events", new Range(1, 10_000)),
			Map.entry("sync.rrule_horizon_months", new Range(1, 60)),
			Map.entry("export.horizon_days", new Range(1, 3650)), Map.entry("export.past_days", new Range(0, 3650)));

	private static final Range ANY = new Range(0, Integer.MAX_VALUE);

	private CalendarSettingRules() {
	}

	/**
	 * The range a whole-number setting accepts.
	 */
	static Range range(String key) {
		return RANGES.getOrDefault(key, ANY);
	}

	/**
	 * The text to store for {@code value}.
	 * @throws CalendarSettingsRefusedException when the setting's type or range refuses
	 * it
	 */
	static String normalise(String key, String type, @Nullable Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw refuse(key, Reason.REQUIRED, key + " needs a value");
		}
		String text = (value instanceof String string) ? string.strip() : String.valueOf(value);
		return switch (type) {
			case "integer" -> integer(key, value, text);
			case "boolean" -> flag(key, value, text);
			case "color" -> {
				if (!(value instanceof String) || !COLOR.matcher(text).matches()) {
					throw refuse(key, Reason.COLOR, key + " takes a colour as #rrggbb");
				}
				yield text.toLowerCase(Locale.ROOT);
			}
			case "timezone" -> {
				try {
					if (!(value instanceof String)) {
						throw new DateTimeException("not text");
					}
					yield ZoneId.of(text).getId();
				}
				catch (DateTimeException ex) {
					throw refuse(key, Reason.TIMEZONE, key + " takes a time zone such as Asia/Makassar");
				}
			}
			default -> {
				if (!(value instanceof String)) {
					throw refuse(key, Reason.REQUIRED, key + " takes text");
				}
				if (text.length() > MAX_TEXT) {
					throw refuse(key, Reason.TOO_LONG, key + " is at most " + MAX_TEXT + " characters", MAX_TEXT);
				}
				yield text;
			}
		};
	}

	private static String integer(String key, Object value, String text) {
		Range range = range(key);
		int number;
		try {
			if (value instanceof Boolean) {
				throw new NumberFormatException();
			}
			number = new BigDecimal(text).intValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw refuse(key, Reason.WHOLE_NUMBER, key + " takes a whole number");
		}
		if (number < range.min() || number > range.max()) {
			throw refuse(key, Reason.RANGE, key + " is a whole number from " + range.min() + " to " + range.max(),
					range.min(), range.max());
		}
		return String.valueOf(number);
	}

	private static String flag(String key, Object value, String text) {
		if (value instanceof Boolean flag) {
			return String.valueOf(flag);
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (value instanceof String && (lower.equals("true") || lower.equals("false"))) {
			return lower;
		}
		throw refuse(key, Reason.BOOLEAN, key + " is true or false");
	}

	private static CalendarSettingsRefusedException refuse(String key, Reason reason, String message,
			Object... arguments) {
		return new CalendarSettingsRefusedException(List.of(new Refusal(key, reason, List.of(arguments), message)));
	}

	/**
	 * The whole numbers a setting accepts, both ends included.
	 */
	record Range(int min, int max) {
	}

}
