package org.pondok.channel;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jspecify.annotations.Nullable;

/**
 * Reads an OTA's feed leniently into the nights each event blocks, in the property's
 * zone. The text is normalised first (BOM, line endings, blank lines) and must be a whole
 * calendar. ical4j's parser reads it (unfolding, parameters, relaxed rules) into plain
 * lines, without building ical4j's model, which costs some 80 KB per event; dates are
 * read from the values as written, so a zone named the Windows way or without a VTIMEZONE
 * still lands on the right day. Recurring events are expanded up to the horizon in their
 * own zone (RRULE, RDATE, EXDATE), and an instance a feed overrides or cancels by
 * RECURRENCE-ID replaces or removes that one occurrence.
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
		// a merged feed may be several calendars one after the other: all of them count
		Block calendar = new Block("VCALENDAR");
		for (String part : text.split("(?<=\r\nEND:VCALENDAR\r\n)")) {
			if (part.isBlank()) {
				continue;
			}
			if (!part.startsWith("BEGIN:VCALENDAR")) {
				throw new FeedRejectedException("The feed holds something besides calendars");
			}
			try {
				Collector collector = new Collector();
				new CalendarParserImpl().parse(new UnfoldingReader(new StringReader(part), true), collector);
				calendar.add(collector.calendar());
			}
			catch (ParserException | RuntimeException | java.io.IOException ex) {
				throw new FeedRejectedException("The feed is malformed: " + ex.getMessage());
			}
		}
		// floating times are the calendar's own zone where it names one (Google, Apple)
		ZoneId floating = calendar.value("X-WR-TIMEZONE").map((name) -> zone(name, zone)).orElse(zone);
		Reader reader = new Reader(zone, floating, calendar.children("VTIMEZONE"));
		List<Source> masters = new ArrayList<>();
		Map<String, List<Source>> overrides = new HashMap<>();
		List<String> refused = new ArrayList<>();
		List<Block> events = calendar.children(Component.VEVENT);
		for (Block event : events) {
			String uid = event.value("UID").orElse("");
			String summary = event.value("SUMMARY").orElse("");
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
		Set<String> series = new HashSet<>();
		for (Source master : masters) {
			series.add(master.uid());
			try {
				expansion.add(master, overrides.getOrDefault(master.uid(), List.of()));
			}
			catch (DateTimeException | IllegalArgumentException ex) {
				refused.add(
						label(master.uid(), master.summary()) + ": an unreadable recurrence (" + ex.getMessage() + ")");
			}
		}
		for (Map.Entry<String, List<Source>> entry : overrides.entrySet()) {
			if (!series.contains(entry.getKey())) {
				// an instance whose series the feed does not carry stands on its own
				entry.getValue().stream().filter((o) -> !o.free()).forEach(expansion::single);
			}
		}
		return new ParsedFeed(expansion.events(), refused, events.size());
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
		String name = unquoted(tzid);
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

		private final Map<String, Block> definitions = new HashMap<>();

		private final Map<String, Optional<net.fortuna.ical4j.model.TimeZone>> defined = new HashMap<>();

		Reader(ZoneId zone, ZoneId floating, List<Block> timeZones) {
			this.zone = zone;
			this.floating = floating;
			for (Block timeZone : timeZones) {
				timeZone.value("TZID").ifPresent((tzid) -> this.definitions.putIfAbsent(unquoted(tzid), timeZone));
			}
		}

		@Nullable Source source(Block event, String uid, String summary, LocalDate today) {
			Optional<Line> startLine = event.first("DTSTART");
			if (startLine.isEmpty()) {
				return null;
			}
			Moment start = moment(startLine.get());
			Optional<Line> endLine = event.first("DTEND");
			Moment end;
			if (endLine.isPresent()) {
				end = moment(endLine.get());
			}
			else {
				// RFC 5545: a date lasts one day, a date-time no time at all; either
				// blocks
				// the night it starts
				end = event.value("DURATION").map((d) -> plus(start, d)).orElse(start.plusDays(1));
			}
			boolean cancelled = event.value("STATUS").map((s) -> s.equalsIgnoreCase("CANCELLED")).orElse(false);
			boolean transparent = event.value("TRANSP").map((t) -> t.equalsIgnoreCase("TRANSPARENT")).orElse(false);
			Optional<Line> recurrence = event.first("RECURRENCE-ID");
			Moment recurrenceId = recurrence.map(this::moment).orElse(null);
			boolean thisAndFuture = recurrence.map((line) -> line.parameter("RANGE"))
				.map((range) -> range.equalsIgnoreCase("THISANDFUTURE"))
				.orElse(false);
			BlockKind kind = BlockKind.classify(summary, event.value("DESCRIPTION").orElse(""), date(start), date(end),
					today);
			return new Source(uid, summary, kind, start, end, event.value("RRULE").orElse(null),
					moments(event, "RDATE", start), moments(event, "EXDATE", start), recurrenceId, thisAndFuture,
					cancelled || transparent);
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

		private Moment moment(Line line) {
			return moment(line.value().trim(), line, null);
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

		private Moment moment(String raw, Line line, @Nullable Moment like) {
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
			String tzid = line.parameter("TZID");
			if (tzid == null) {
				return new Moment(local, (like != null && !like.dateOnly()) ? like.zone() : this.floating, false);
			}
			Optional<ZoneId> named = known(tzid);
			if (named.isPresent()) {
				return new Moment(local, named.get(), false);
			}
			// a zone only the feed's own VTIMEZONE defines
			return new Moment(local, defined(unquoted(tzid), local).orElse(this.floating), false);
		}

		/**
		 * The offset a zone the feed defines has at a local time, as ical4j reads the
		 * VTIMEZONE: built once per zone, from its lines alone.
		 */
		private Optional<ZoneId> defined(String tzid, LocalDateTime local) {
			Optional<net.fortuna.ical4j.model.TimeZone> zone = this.defined.computeIfAbsent(tzid, (id) -> {
				Block definition = this.definitions.get(id);
				if (definition == null) {
					return Optional.empty();
				}
				try {
					String text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pondok//EN\r\n" + definition.text()
							+ "END:VCALENDAR\r\n";
					Calendar calendar = new CalendarBuilder().build(new StringReader(text));
					return calendar.<VTimeZone>getComponents(Component.VTIMEZONE)
						.stream()
						.findFirst()
						.map(net.fortuna.ical4j.model.TimeZone::new);
				}
				catch (ParserException | java.io.IOException | RuntimeException ex) {
					return Optional.empty();
				}
			});
			return zone.map((z) -> {
				long guess = local.toEpochSecond(ZoneOffset.UTC) * 1000 - z.getRawOffset();
				return ZoneOffset.ofTotalSeconds(z.getOffset(guess) / 1000);
			});
		}

		private List<Moment> moments(Block event, String name, Moment like) {
			List<Moment> moments = new ArrayList<>();
			for (Line line : event.all(name)) {
				for (String value : line.value().split(",")) {
					String raw = value.trim();
					int period = raw.indexOf('/');
					if (!raw.isEmpty()) {
						moments.add(moment((period > 0) ? raw.substring(0, period) : raw, line, like));
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

	private static String unquoted(String text) {
		return text.replace("\"", "").trim();
	}

	/**
	 * One content line as the parser gave it: name and parameter names upper case, the
	 * first of a repeated parameter kept.
	 */
	record Line(String name, Map<String, String> parameters, String value) {

		@Nullable String parameter(String parameter) {
			return this.parameters.get(parameter);
		}

	}

	/**
	 * A component with its lines and the components inside it.
	 */
	static final class Block {

		private final String name;

		private final List<Line> lines = new ArrayList<>();

		private final List<Block> children = new ArrayList<>();

		Block(String name) {
			this.name = name;
		}

		void add(Block other) {
			this.lines.addAll(other.lines);
			this.children.addAll(other.children);
		}

		Optional<Line> first(String line) {
			for (Line candidate : this.lines) {
				if (candidate.name().equals(line)) {
					return Optional.of(candidate);
				}
			}
			return Optional.empty();
		}

		Optional<String> value(String line) {
			return first(line).map(Line::value).map(String::trim);
		}

		List<Line> all(String line) {
			return this.lines.stream().filter((candidate) -> candidate.name().equals(line)).toList();
		}

		List<Block> children(String component) {
			return this.children.stream().filter((child) -> child.name.equals(component)).toList();
		}

		/**
		 * The component written out again, for ical4j to read on its own.
		 */
		String text() {
			StringBuilder out = new StringBuilder("BEGIN:").append(this.name).append("\r\n");
			for (Line line : this.lines) {
				out.append(line.name());
				line.parameters()
					.forEach((name, value) -> out.append(';')
						.append(name)
						.append('=')
						.append(value.matches(".*[:;,].*") && !value.startsWith("\"") ? '"' + value + '"' : value));
				out.append(':').append(line.value()).append("\r\n");
			}
			this.children.forEach((child) -> out.append(child.text()));
			return out.append("END:").append(this.name).append("\r\n").toString();
		}

	}

	/**
	 * Collects what ical4j's parser reads into blocks and lines.
	 */
	private static final class Collector implements ContentHandler {

		private final Block root = new Block("");

		private final Deque<Block> open = new ArrayDeque<>(List.of(this.root));

		private String property = "";

		private Map<String, String> parameters = new LinkedHashMap<>();

		private String value = "";

		Block calendar() {
			List<Block> calendars = this.root.children("VCALENDAR");
			if (calendars.isEmpty()) {
				throw new FeedRejectedException("The feed holds no calendar");
			}
			return calendars.get(0);
		}

		@Override
		public void startCalendar() {
			startComponent("VCALENDAR");
		}

		@Override
		public void endCalendar() {
			endComponent("VCALENDAR");
		}

		@Override
		public void startComponent(String name) {
			Block block = new Block(name.toUpperCase(Locale.ROOT));
			this.open.peek().children.add(block);
			this.open.push(block);
		}

		@Override
		public void endComponent(String name) {
			if (this.open.size() > 1) {
				this.open.pop();
			}
		}

		@Override
		public void startProperty(String name) {
			this.property = name.toUpperCase(Locale.ROOT);
			this.parameters = new LinkedHashMap<>();
			this.value = "";
		}

		@Override
		public void parameter(String name, String value) {
			this.parameters.putIfAbsent(name.toUpperCase(Locale.ROOT), (value != null) ? value : "");
		}

		@Override
		public void propertyValue(String value) {
			this.value = value;
		}

		@Override
		public void endProperty(String name) {
			this.open.peek().lines.add(new Line(this.property, Map.copyOf(this.parameters), this.value));
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
