package org.pondok.channel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * Writes an iCalendar (RFC 5545) document byte for byte the same for the same input: CRLF
 * line ends, lines folded at 75 octets of UTF-8 without splitting a character, TEXT
 * values escaped, all-day events as {@code VALUE=DATE} with an exclusive end. ical4j's
 * own writer folds by characters and stamps every event with the time of writing, which
 * would change the ETag on every fetch.
 */
final class IcalWriter {

	static final String PRODID = "-//Pondok//Pondok Calendar//EN";

	private static final int MAX_OCTETS = 75;

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder out = new StringBuilder();

	IcalWriter(String calendarName) {
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:" + PRODID);
		line("CALSCALE:GREGORIAN");
		line("METHOD:PUBLISH");
		line("X-WR-CALNAME:" + text(calendarName));
	}

	IcalWriter event(Event event) {
		line("BEGIN:VEVENT");
		line("UID:" + text(event.uid()));
		line("DTSTAMP:" + STAMP.format(event.stamp()));
		line("DTSTART;VALUE=DATE:" + DATE.format(event.start()));
		line("DTEND;VALUE=DATE:" + DATE.format(event.end()));
		line("SUMMARY:" + text(event.summary()));
		if (event.description() != null) {
			line("DESCRIPTION:" + text(event.description()));
		}
		if (event.category() != null) {
			line("CATEGORIES:" + text(event.category()));
		}
		line("TRANSP:OPAQUE");
		line("END:VEVENT");
		return this;
	}

	String finish() {
		line("END:VCALENDAR");
		return this.out.toString();
	}

	/**
	 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks
	 * escaped.
	 */
	static String text(String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\n' -> escaped.append("\\n");
				case '\r' -> {
					if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
						escaped.append("\\n");
					}
				}
				default -> escaped.append((c < 0x20 && c != '\t') ? ' ' : c);
			}
		}
		return escaped.toString();
	}

	/**
	 * Appends a content line folded so that no physical line exceeds 75 octets (the
	 * leading space of a continuation counts).
	 */
	private void line(String content) {
		int octets = 0;
		int limit = MAX_OCTETS;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + width > limit) {
				this.out.append("\r\n ");
				octets = 1;
			}
			this.out.appendCodePoint(codePoint);
			octets += width;
			i += Character.charCount(codePoint);
		}
		this.out.append("\r\n");
	}

	/**
	 * One all-day event: nights from {@code start} up to, not including, {@code end}.
	 */
	record Event(String uid, Instant stamp, LocalDate start, LocalDate end, String summary,
			@Nullable String description, @Nullable String category) {

		Event {
			if (!end.isAfter(start)) {
				throw new IllegalArgumentException("An event ends after it starts: " + start + " to " + end);
			}
		}

	}

}
