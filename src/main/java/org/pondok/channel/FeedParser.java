package org.pondok.channel;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
import net.fortuna.ical4j.model.property.DateProperty;
import org.jspecify.annotations.Nullable;

/**
 * Reads an OTA's feed leniently into the nights each event blocks, in the property's
 * zone. The text is normalised first (BOM, line endings, blank lines) and must be a whole
 * calendar; dates are read from the values as written, so a zone named the Windows way or
 * without a VTIMEZONE still lands on the right day. Recurring events are expanded up to
 * the horizon in their own zone (RRULE, RDATE, EXDATE), and an instance a feed overrides
 * or cancels by RECURRENCE-ID replaces or removes that one occurrence.
 */
final class FeedParser {

	/**
	 * More occurrences than any property's calendar could hold: a feed expanding past it
	 * is refused rather than held in memory.
	 */
	static final int MAX_OCCURRENCES = 200_000;

	private static final int MAX_PER_RULE = 1000;

	private static final Pattern OFFSET = Pattern.compile("\\(UTC([+-]\\d{2}):?(\\d{2})\\)");

	private static final Pattern DATE_TIME = Pattern.compile("(\\d{8})(?:T(\\d{6}))?(Z?)", Pattern.CASE_INSENSITIVE);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

	private static final Pattern UNTIL = Pattern.compile("UNTIL=(\\d{8}T\\d{6}Z?)", Pattern.CASE_INSENSITIVE);

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
			Map.entry("central european standard time", "Europe/Warsaw"),
			Map.entry("e. europe standard time", "Europe/Chisinau"),
			Map.entry("russian standard time", "Europe/Moscow"), Map.entry("arabian standard time", "Asia/Dubai"),
			Map.entry("new zealand standard time", "Pacific/Auckland"),
			Map.entry("hawaiian standard time", "Pacific/Honolulu"),
			Map.entry("eastern standard time", "America/New_York"),
			Map.entry("central standard time", "America/Chicago"),
			Map.entry("mountain standard time", "America/Denver"),
			Map.entry("pacific standard time", "America/Los_Angeles"), Map.entry("utc", "UTC"),
			Map.entry("coordinated universal time", "UTC"));

	private FeedParser() {
	}

	/**
	 * @param from the first night that matters (today)
	 * @param until the night after the last that matters (the horizon)
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
		// floating times are the calendar's own zone where it names one (Google, Apple)
		ZoneId floating = calendar.<Property>getProperty("X-WR-TIMEZONE")
			.map((p) -> zone(p.getValue(), zone))
			.orElse(zone);
		Reader reader = new Reader(zone, floating);
		List<Source> masters = new ArrayList<>();
		Map<String, List<Source>> overrides = new HashMap<>();
		List<String> refused = new ArrayList<>();
		for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
			String uid = value(event, Property.UID).orElse("");
			String summary = value(event, Property.SUMMARY).orElse("");
			try {
				Source source = reader.source(event, uid, summary, from);
				if (source == null) {
					refused.add(label(uid, summary) + ": no DTSTART");
				}
				else if (source.end().isBefore(source.start())) {
					refused.add(label(uid, summary) + ": ends (" + reader.date(source.end()) + ") before it starts ("
							+ reader.date(source.start()) + ")");
				}
				else if (source.recurrenceId() != null) {
					overrides.computeIfAbsent(uid, (u) -> new ArrayList<>()).add(source);
				}
				else if (!source.free()) {
					masters.add(source);
				}
			}
			catch (DateTimeException | IllegalArgumentException ex) {
				refused.add(label(uid, summary) + ": unreadable dates (" + ex.getMessage() + ")");
			}
		}
		Expansion expansion = new Expansion(reader, from, until);
		for (Source master : masters) {
			expansion.add(master, overrides.getOrDefault(master.uid(), List.of()));
		}
		for (Map.Entry<String, List<Source>> entry : overrides.entrySet()) {
			boolean mastered = masters.stream().anyMatch((m) -> m.uid().equals(entry.getKey()));
			if (!mastered) {
				// an instance whose series the feed does not carry stands on its own
				entry.getValue().stream().filter((o) -> !o.free()).forEach(expansion::single);
			}
		}
		return new ParsedFeed(expansion.events(), refused, calendar.getComponents(Component.VEVENT).size());
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

	/**
	 * The zone a TZID names: an IANA id, a Windows name, or "(UTC+08:00) …" as Outlook
	 * writes it; else the fallback.
	 */
	static ZoneId zone(String tzid, ZoneId fallback) {
		return known(tzid).orElse(fallback);
	}

	private static Optional<ZoneId> known(String tzid) {
		String name = tzid.replace("\"", "").trim();
		try {
			return Optional.of(ZoneId.of(name));
		}
		catch (DateTimeException ex) {
			// not an IANA id
		}
		String windows = WINDOWS_ZONES.get(name.toLowerCase(Locale.ROOT));
		if (windows != null) {
			return Optional.of(ZoneId.of(windows));
		}
		Matcher offset = OFFSET.matcher(name);
		if (offset.find()) {
			return Optional.of(ZoneOffset.of(offset.group(1) + ":" + offset.group(2)));
		}
		return Optional.empty();
	}

	private static Optional<String> value(VEvent event, String name) {
		return event.<Property>getProperty(name).map(Property::getValue).map(String::trim);
	}

	private static String label(String uid, String summary) {
		return "Event " + (uid.isEmpty() ? "without UID" : uid) + (summary.isEmpty() ? "" : " (" + summary + ")");
	}

	/**
	 * A point in time as a feed writes it: a date, or a local time in the zone it is
	 * written in (UTC, its TZID, or the calendar's zone when floating).
	 */
	record Moment(LocalDateTime local, ZoneId zone, boolean dateOnly) implements Comparable<Moment> {

		Moment plusDays(long days) {
			return new Moment(this.local.plusDays(days), this.zone, this.dateOnly);
		}

		Moment plus(Duration duration) {
			return new Moment(
					this.local.atZone(this.zone).plus(duration).withZoneSameInstant(this.zone).toLocalDateTime(),
					this.zone, false);
		}

		Moment on(LocalDate day) {
			return new Moment(day.atTime(this.local.toLocalTime()), this.zone, this.dateOnly);
		}

		boolean isBefore(Moment other) {
			return compareTo(other) < 0;
		}

		@Override
		public int compareTo(Moment other) {
			if (this.dateOnly && other.dateOnly) {
				return this.local.compareTo(other.local);
			}
			return this.local.atZone(this.zone).toInstant().compareTo(other.local.atZone(other.zone).toInstant());
		}

	}

	/**
	 * One VEVENT as written, before expansion.
	 */
	private record Source(String uid, String summary, BlockKind kind, Moment start, Moment end, @Nullable String rule,
			List<Moment> added, List<Moment> excluded, @Nullable Moment recurrenceId, boolean thisAndFuture,
			boolean free) {
	}

	/**
	 * Reads the dates of events in the property's zone.
	 */
	private static final class Reader {

		private final ZoneId zone;

		private final ZoneId floating;

		Reader(ZoneId zone, ZoneId floating) {
			this.zone = zone;
			this.floating = floating;
		}

		@Nullable Source source(VEvent event, String uid, String summary, LocalDate today) {
			Optional<Property> startProperty = event.getProperty(Property.DTSTART);
			if (startProperty.isEmpty()) {
				return null;
			}
			Moment start = moment(startProperty.get());
			Optional<Property> endProperty = event.getProperty(Property.DTEND);
			Moment end;
			if (endProperty.isPresent()) {
				end = moment(endProperty.get());
			}
			else {
				// RFC 5545: a date lasts one day, a date-time no time at all; either
				// blocks
				// the night it starts
				end = value(event, Property.DURATION).map((d) -> plus(start, d)).orElse(start.plusDays(1));
			}
			boolean cancelled = value(event, Property.STATUS).map((s) -> s.equalsIgnoreCase("CANCELLED")).orElse(false);
			boolean transparent = value(event, Property.TRANSP).map((t) -> t.equalsIgnoreCase("TRANSPARENT"))
				.orElse(false);
			Moment recurrenceId = event.<Property>getProperty(Property.RECURRENCE_ID).map(this::moment).orElse(null);
			boolean thisAndFuture = event.<Property>getProperty(Property.RECURRENCE_ID)
				.flatMap((p) -> p.<Parameter>getParameter(Parameter.RANGE))
				.map((range) -> range.getValue().equalsIgnoreCase("THISANDFUTURE"))
				.orElse(false);
			BlockKind kind = BlockKind.classify(summary, value(event, Property.DESCRIPTION).orElse(""), date(start),
					date(end), today);
			return new Source(uid, summary, kind, start, end, value(event, Property.RRULE).orElse(null),
					moments(event, Property.RDATE, start), moments(event, Property.EXDATE, start), recurrenceId,
					thisAndFuture, cancelled || transparent);
		}

		/**
		 * The night a moment falls on in the property's zone.
		 */
		LocalDate date(Moment moment) {
			if (moment.dateOnly()) {
				return moment.local().toLocalDate();
			}
			return moment.local().atZone(moment.zone()).withZoneSameInstant(this.zone).toLocalDate();
		}

		/**
		 * The nights from {@code start} to {@code end}: at least the one it starts on.
		 */
		LocalDate endDate(Moment start, Moment end) {
			LocalDate first = date(start);
			LocalDate last = date(end);
			return last.isAfter(first) ? last : first.plusDays(1);
		}

		private Moment moment(Property property) {
			return moment(property.getValue().trim(), property, null);
		}

		/**
		 * A rule's timed UNTIL: UTC, or else in the zone of the series' start.
		 */
		Moment until(String raw, Moment start) {
			LocalDateTime local = LocalDate.parse(raw.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE)
				.atTime(LocalTime.parse(raw.substring(9, 15), TIME));
			boolean utc = raw.endsWith("Z") || raw.endsWith("z");
			return new Moment(local, utc ? ZoneOffset.UTC : start.zone(), false);
		}

		private Moment moment(String raw, Property property, @Nullable Moment like) {
			Matcher matcher = DATE_TIME.matcher(raw);
			if (!matcher.lookingAt()) {
				throw new DateTimeException("'" + raw + "' is not a date");
			}
			LocalDate day = LocalDate.parse(matcher.group(1), DateTimeFormatter.BASIC_ISO_DATE);
			if (matcher.group(2) == null) {
				return new Moment(day.atStartOfDay(), this.zone, true);
			}
			LocalDateTime local = day.atTime(LocalTime.parse(matcher.group(2), TIME));
			if (!matcher.group(3).isEmpty()) {
				return new Moment(local, ZoneOffset.UTC, false);
			}
			Optional<Parameter> tzid = property.getParameter(Parameter.TZID);
			if (tzid.isEmpty()) {
				return new Moment(local, (like != null && !like.dateOnly()) ? like.zone() : this.floating, false);
			}
			Optional<ZoneId> named = known(tzid.get().getValue());
			if (named.isPresent()) {
				return new Moment(local, named.get(), false);
			}
			// a zone only the feed's own VTIMEZONE defines: ical4j has read it
			return new Moment(local, defined(property).orElse(this.floating), false);
		}

		private Optional<ZoneId> defined(Property property) {
			if (property instanceof DateProperty<?> dated) {
				try {
					Temporal value = dated.getDate();
					if (value instanceof ZonedDateTime zoned) {
						return Optional.of(zoned.getOffset());
					}
					if (value instanceof OffsetDateTime offset) {
						return Optional.of(offset.getOffset());
					}
				}
				catch (RuntimeException ex) {
					// unreadable: fall back
				}
			}
			return Optional.empty();
		}

		private List<Moment> moments(VEvent event, String name, Moment like) {
			List<Moment> moments = new ArrayList<>();
			for (Property property : event.<Property>getProperties(name)) {
				for (String value : property.getValue().split(",")) {
					String raw = value.trim();
					int period = raw.indexOf('/');
					if (!raw.isEmpty()) {
						moments.add(moment((period > 0) ? raw.substring(0, period) : raw, property, like));
					}
				}
			}
			return moments;
		}

		private static Moment plus(Moment start, String duration) {
			String text = duration.trim().toUpperCase(Locale.ROOT);
			if (text.startsWith("-")) {
				throw new DateTimeException("a negative DURATION " + duration);
			}
			if (start.dateOnly() || !text.contains("T")) {
				Period period = Period.parse(text.contains("T") ? text.substring(0, text.indexOf('T')) : text);
				return start.plusDays(Math.max(1, period.getDays() + period.getMonths() * 30L));
			}
			return start.plus(Duration.parse(text));
		}

	}

	/**
	 * Turns sources into the events of the window, counting what it holds.
	 */
	private static final class Expansion {

		private final Reader reader;

		private final LocalDate from;

		private final LocalDate until;

		private final List<FeedEvent> events = new ArrayList<>();

		Expansion(Reader reader, LocalDate from, LocalDate until) {
			this.reader = reader;
			this.from = from;
			this.until = until;
		}

		List<FeedEvent> events() {
			return this.events;
		}

		void single(Source source) {
			emit(source, source.start(), source.end());
		}

		void add(Source master, List<Source> overrides) {
			if (master.rule() == null && master.added().isEmpty() && overrides.isEmpty()) {
				single(master);
				return;
			}
			Duration length = length(master.start(), master.end());
			// occurrences by the night they fall on, then overrides replace or remove
			// them
			TreeMap<LocalDate, Occurrence> occurrences = new TreeMap<>();
			for (Moment start : starts(master)) {
				occurrences.put(this.reader.date(start), new Occurrence(start, shift(start, length)));
			}
			for (Moment excluded : master.excluded()) {
				occurrences.remove(this.reader.date(excluded));
			}
			List<Source> standalone = new ArrayList<>();
			for (Source override : overrides) {
				LocalDate instance = this.reader.date(override.recurrenceId());
				if (override.thisAndFuture()) {
					Duration moved = length(override.recurrenceId(), override.start());
					Duration lasting = length(override.start(), override.end());
					TreeMap<LocalDate, Occurrence> later = new TreeMap<>(occurrences.tailMap(instance, true));
					later.keySet().forEach(occurrences::remove);
					if (!override.free()) {
						later.values().forEach((o) -> {
							Moment start = shift(o.start(), moved);
							occurrences.put(this.reader.date(start), new Occurrence(start, shift(start, lasting)));
						});
					}
				}
				else {
					occurrences.remove(instance);
					if (!override.free()) {
						standalone.add(override);
					}
				}
			}
			for (Occurrence occurrence : occurrences.values()) {
				emit(master, occurrence.start(), occurrence.end());
			}
			standalone.forEach(this::single);
		}

		private List<Moment> starts(Source master) {
			List<Moment> starts = new ArrayList<>();
			if (master.rule() == null) {
				starts.add(master.start());
			}
			else {
				LocalDate seed = master.start().local().toLocalDate();
				long nights = Math.max(1, ChronoUnit.DAYS.between(this.reader.date(master.start()),
						this.reader.endDate(master.start(), master.end())));
				// a day either side for zones far from the property's
				Recur<LocalDate> recur = new Recur<>(master.rule());
				// the rule runs by dates; a timed UNTIL is an instant, which the last
				// date may pass
				Matcher until = UNTIL.matcher(master.rule());
				Moment last = until.find() ? this.reader.until(until.group(1), master.start()) : null;
				for (LocalDate day : recur.getDates(seed, this.from.minusDays(nights + 1), this.until.plusDays(1),
						MAX_PER_RULE)) {
					Moment start = master.start().on(day);
					if (last == null || !last.isBefore(start)) {
						starts.add(start);
					}
				}
			}
			starts.addAll(master.added());
			return starts;
		}

		/**
		 * How long from one moment to another: whole days between dates (whatever a
		 * daylight-saving change does to the hours), else the time between the instants.
		 */
		private static Duration length(Moment from, Moment to) {
			if (from.dateOnly() && to.dateOnly()) {
				return Duration.ofDays(ChronoUnit.DAYS.between(from.local(), to.local()));
			}
			return Duration.between(from.local().atZone(from.zone()), to.local().atZone(to.zone()));
		}

		private static Moment shift(Moment start, Duration by) {
			if (start.dateOnly() && by.toSeconds() % 86_400 == 0) {
				return start.plusDays(by.toDays());
			}
			return start.plus(by);
		}

		private void emit(Source source, Moment start, Moment end) {
			LocalDate first = this.reader.date(start);
			LocalDate last = this.reader.endDate(start, end);
			if (!last.isAfter(this.from) || !first.isBefore(this.until)) {
				return;
			}
			if (this.events.size() >= MAX_OCCURRENCES) {
				throw new FeedRejectedException("The feed holds more than " + MAX_OCCURRENCES + " events");
			}
			this.events.add(new FeedEvent(source.uid(), source.summary(), source.kind(), first, last));
		}

	}

	private record Occurrence(Moment start, Moment end) {
	}

	/**
	 * One event of a feed as the nights it blocks, {@code end} exclusive.
	 */
	record FeedEvent(String uid, String summary, BlockKind kind, LocalDate start, LocalDate end) {
	}

	/**
	 * The events that block nights from today to the horizon, those refused (with why),
	 * and how many VEVENTs the feed carried.
	 */
	record ParsedFeed(List<FeedEvent> events, List<String> refused, int seen) {
	}

	static final class FeedRejectedException extends RuntimeException {

		FeedRejectedException(String message) {
			super(message);
		}

	}

}
