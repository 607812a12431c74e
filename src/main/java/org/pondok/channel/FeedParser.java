package org.pondok.channel;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import org.jspecify.annotations.Nullable;

/**
 * Reads an OTA's feed leniently into the nights each event blocks, in the property's
 * zone. The text is normalised first (BOM, line endings, blank lines) and must be a whole
 * calendar; dates are read from the values as written, so a zone named the Windows way or
 * without a VTIMEZONE still lands on the right day.
 */
final class FeedParser {

	private static final Pattern OFFSET = Pattern.compile("\\(UTC([+-]\\d{2}):?(\\d{2})\\)");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

	private static final Map<String, String> WINDOWS_ZONES = Map.ofEntries(
			Map.entry("singapore standard time", "Asia/Singapore"), Map.entry("se asia standard time", "Asia/Bangkok"),
			Map.entry("china standard time", "Asia/Shanghai"), Map.entry("tokyo standard time", "Asia/Tokyo"),
			Map.entry("korea standard time", "Asia/Seoul"), Map.entry("taipei standard time", "Asia/Taipei"),
			Map.entry("india standard time", "Asia/Kolkata"),
			Map.entry("w. australia standard time", "Australia/Perth"),
			Map.entry("aus eastern standard time", "Australia/Sydney"),
			Map.entry("e. australia standard time", "Australia/Brisbane"),
			Map.entry("gmt standard time", "Europe/London"), Map.entry("w. europe standard time", "Europe/Berlin"),
			Map.entry("romance standard time", "Europe/Paris"),
			Map.entry("central europe standard time", "Europe/Budapest"),
			Map.entry("eastern standard time", "America/New_York"),
			Map.entry("central standard time", "America/Chicago"),
			Map.entry("mountain standard time", "America/Denver"),
			Map.entry("pacific standard time", "America/Los_Angeles"), Map.entry("utc", "UTC"),
			Map.entry("coordinated universal time", "UTC"));

	private FeedParser() {
	}

	/**
	 * @throws FeedRejectedException when the body is not one whole iCalendar document
	 */
	static ParsedFeed parse(byte[] body, ZoneId zone, LocalDate from, LocalDate until) {
		String text = normalise(body);
		if (!text.startsWith("BEGIN:VCALENDAR")) {
			throw new FeedRejectedException("The answer is not an iCalendar feed");
		}
		if (!text.stripTrailing().endsWith("END:VCALENDAR")) {
			throw new FeedRejectedException("The feed is cut short: it does not end with END:VCALENDAR");
		}
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(new StringReader(text));
		}
		catch (ParserException | RuntimeException | java.io.IOException ex) {
			throw new FeedRejectedException("The feed is malformed: " + ex.getMessage());
		}
		List<FeedEvent> events = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
			String uid = value(event, Property.UID).orElse("");
			String summary = value(event, Property.SUMMARY).orElse("");
			if (value(event, Property.STATUS).map((s) -> s.equalsIgnoreCase("CANCELLED")).orElse(false)
					|| value(event, Property.TRANSP).map((t) -> t.equalsIgnoreCase("TRANSPARENT")).orElse(false)) {
				continue;
			}
			try {
				Optional<Property> startProperty = event.getProperty(Property.DTSTART);
				if (startProperty.isEmpty()) {
					refused.add(label(uid, summary) + ": no DTSTART");
					continue;
				}
				LocalDate start = date(startProperty.get(), zone);
				Optional<Property> endProperty = event.getProperty(Property.DTEND);
				LocalDate end;
				if (endProperty.isPresent()) {
					end = date(endProperty.get(), zone);
					if (end.isBefore(start)) {
						refused.add(label(uid, summary) + ": ends (" + end + ") before it starts (" + start + ")");
						continue;
					}
				}
				else {
					end = value(event, Property.DURATION).map((d) -> start.plusDays(days(d))).orElse(start.plusDays(1));
				}
				if (!end.isAfter(start)) {
					end = start.plusDays(1);
				}
				long length = ChronoUnit.DAYS.between(start, end);
				BlockKind kind = BlockKind.classify(summary, value(event, Property.DESCRIPTION).orElse(""), start, end,
						from);
				Optional<String> rule = value(event, Property.RRULE);
				if (rule.isPresent()) {
					Set<LocalDate> excluded = excluded(event, zone);
					Recur<LocalDate> recur = new Recur<>(rule.get());
					for (LocalDate occurrence : recur.getDates(start, from.minusDays(length), until, 1000)) {
						if (!excluded.contains(occurrence)) {
							events.add(new FeedEvent(uid, summary, kind, occurrence, occurrence.plusDays(length)));
						}
					}
				}
				else {
					events.add(new FeedEvent(uid, summary, kind, start, end));
				}
			}
			catch (DateTimeException | IllegalArgumentException ex) {
				refused.add(label(uid, summary) + ": unreadable dates (" + ex.getMessage() + ")");
			}
		}
		return new ParsedFeed(events, refused);
	}

	static String normalise(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		StringBuilder out = new StringBuilder(text.length() + 64);
		for (String line : text.split("\r\n|\r|\n")) {
			if (!line.isBlank()) {
				out.append(line).append("\r\n");
			}
		}
		return out.toString().stripLeading();
	}

	private static LocalDate date(Property property, ZoneId zone) {
		String raw = property.getValue().trim();
		if (raw.length() == 8) {
			return LocalDate.parse(raw, DateTimeFormatter.BASIC_ISO_DATE);
		}
		boolean utc = raw.endsWith("Z") || raw.endsWith("z");
		LocalDateTime local = LocalDateTime.parse(utc ? raw.substring(0, raw.length() - 1) : raw, LOCAL);
		ZoneId written = utc ? ZoneOffset.UTC
				: property.<Parameter>getParameter(Parameter.TZID)
					.map((tzid) -> zone(tzid.getValue(), zone))
					.orElse(zone);
		return local.atZone(written).withZoneSameInstant(zone).toLocalDate();
	}

	/**
	 * The zone a TZID names: an IANA id, a Windows name, or "(UTC+08:00) …" as Outlook
	 * writes it; else the property's zone.
	 */
	static ZoneId zone(String tzid, ZoneId fallback) {
		String name = tzid.replace("\"", "").trim();
		try {
			return ZoneId.of(name);
		}
		catch (DateTimeException ex) {
			// not an IANA id
		}
		String windows = WINDOWS_ZONES.get(name.toLowerCase(Locale.ROOT));
		if (windows != null) {
			return ZoneId.of(windows);
		}
		Matcher offset = OFFSET.matcher(name);
		if (offset.find()) {
			return ZoneOffset.of(offset.group(1) + ":" + offset.group(2));
		}
		return fallback;
	}

	private static long days(String duration) {
		String text = duration.trim().toUpperCase(Locale.ROOT);
		try {
			Period period = Period.parse(text);
			return Math.max(1, period.getDays() + period.getMonths() * 30L);
		}
		catch (DateTimeException ex) {
			return Math.max(1, Duration.parse(text).toDays());
		}
	}

	private static Set<LocalDate> excluded(VEvent event, ZoneId zone) {
		Set<LocalDate> excluded = new TreeSet<>();
		for (Property exdate : event.<Property>getProperties(Property.EXDATE)) {
			for (String value : exdate.getValue().split(",")) {
				String raw = value.trim();
				if (raw.length() >= 8) {
					excluded.add(LocalDate.parse(raw.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE));
				}
			}
		}
		return excluded;
	}

	private static Optional<String> value(VEvent event, String name) {
		return event.<Property>getProperty(name).map(Property::getValue).map(String::trim);
	}

	private static String label(String uid, String summary) {
		return "Event " + (uid.isEmpty() ? "without UID" : uid) + (summary.isEmpty() ? "" : " (" + summary + ")");
	}

	/**
	 * One event of a feed as the nights it blocks, {@code end} exclusive.
	 */
	record FeedEvent(String uid, String summary, BlockKind kind, LocalDate start, LocalDate end) {
	}

	/**
	 * The events read and those refused, with why.
	 */
	record ParsedFeed(List<FeedEvent> events, List<String> refused) {
	}

	static final class FeedRejectedException extends RuntimeException {

		FeedRejectedException(String message) {
			super(message);
		}

	}

}
