package org.pondok.channel;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What real feeds write, read as the nights they block in the property's zone (UTC+8):
 * dates and times in any zone a feed names, recurring events with their exceptions and
 * overridden instances, and events without an end.
 */
class FeedParserTests {

	private static final ZoneId BALI = ZoneId.of("Asia/Makassar");

	private static final LocalDate TODAY = LocalDate.of(2027, 1, 1);

	private static final LocalDate HORIZON = LocalDate.of(2028, 7, 1);

	@Test
	void anOverriddenInstanceReplacesItsOccurrenceAndACancelledOneRemovesIt() {
		String feed = calendar("""
				BEGIN:VEVENT
				UID:weekly-owner@google.com
				SUMMARY:Owner stay
				DTSTART;VALUE=DATE:20270104
				DTEND;VALUE=DATE:20270106
				RRULE:FREQ=WEEKLY;COUNT=4
				END:VEVENT
				BEGIN:VEVENT
				UID:weekly-owner@google.com
				RECURRENCE-ID;VALUE=DATE:20270111
				SUMMARY:Owner stay (moved)
				DTSTART;VALUE=DATE:20270113
				DTEND;VALUE=DATE:20270114
				END:VEVENT
				BEGIN:VEVENT
				UID:weekly-owner@google.com
				RECURRENCE-ID;VALUE=DATE:20270118
				STATUS:CANCELLED
				DTSTART;VALUE=DATE:20270118
				DTEND;VALUE=DATE:20270120
				END:VEVENT
				""");

		assertThat(nights(feed)).containsExactly(day(4), day(5), day(13), day(25), day(26));
	}

	@Test
	void anOverrideOfThisAndFutureInstancesMovesThemAll() {
		String feed = calendar("""
				BEGIN:VEVENT
				UID:series
				DTSTART;VALUE=DATE:20270104
				DTEND;VALUE=DATE:20270105
				RRULE:FREQ=WEEKLY;COUNT=4
				END:VEVENT
				BEGIN:VEVENT
				UID:series
				RECURRENCE-ID;RANGE=THISANDFUTURE;VALUE=DATE:20270118
				DTSTART;VALUE=DATE:20270119
				DTEND;VALUE=DATE:20270121
				END:VEVENT
				""");

		assertThat(nights(feed)).containsExactly(day(4), day(11), day(19), day(20), day(26), day(27));
	}

	@Test
	void aTimedSeriesIsExpandedInItsOwnZoneAndItsExceptionsMatchedByInstant() {
		// Mondays 20:00 in New York are Tuesdays in Bali; EXDATE names the second in UTC
		String feed = calendar("""
				BEGIN:VEVENT
				UID:ny
				DTSTART;TZID=America/New_York:20270104T200000
				DTEND;TZID=America/New_York:20270104T230000
				RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20270201T000000Z
				EXDATE:20270112T010000Z
				END:VEVENT
				""");

		assertThat(nights(feed)).containsExactly(day(5), day(19), day(26));
	}

	@Test
	void extraDatesAddOccurrencesAndTheHorizonEndsAnOpenSeries() {
		String feed = calendar("""
				BEGIN:VEVENT
				UID:monthly
				DTSTART;VALUE=DATE:20270110
				DTEND;VALUE=DATE:20270111
				RRULE:FREQ=MONTHLY
				RDATE;VALUE=DATE:20270115,20270116
				END:VEVENT
				""");

		List<LocalDate> nights = nights(feed);

		assertThat(nights).startsWith(day(10), day(15), day(16), LocalDate.of(2027, 2, 10));
		assertThat(nights).last().isEqualTo(LocalDate.of(2028, 6, 10));
	}

	@Test
	void anOutlookZoneAndAZoneOnlyTheFeedDefinesLandOnTheirDays() {
		String feed = calendar("""
				BEGIN:VTIMEZONE
				TZID:W. Europe Standard Time
				BEGIN:STANDARD
				DTSTART:16010101T030000
				TZOFFSETFROM:+0200
				TZOFFSETTO:+0100
				RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
				END:STANDARD
				BEGIN:DAYLIGHT
				DTSTART:16010101T020000
				TZOFFSETFROM:+0100
				TZOFFSETTO:+0200
				RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
				END:DAYLIGHT
				END:VTIMEZONE
				BEGIN:VTIMEZONE
				TZID:Customized Time Zone
				BEGIN:STANDARD
				DTSTART:16010101T000000
				TZOFFSETFROM:-1000
				TZOFFSETTO:-1000
				END:STANDARD
				END:VTIMEZONE
				BEGIN:VEVENT
				UID:berlin
				DTSTART;TZID="W. Europe Standard Time":20270110T200000
				DTEND;TZID="W. Europe Standard Time":20270111T100000
				END:VEVENT
				BEGIN:VEVENT
				UID:custom
				DTSTART;TZID="Customized Time Zone":20270120T150000
				DTEND;TZID="Customized Time Zone":20270121T090000
				END:VEVENT
				""");

		// 20:00 in Berlin is 03:00 the next day in Bali; 15:00 at -10:00 is 09:00 next
		// day
		assertThat(nights(feed)).containsExactly(day(11), day(21));
	}

	@Test
	void floatingTimesAreTheCalendarsOwnZoneWhereItNamesOne() {
		String feed = calendar("X-WR-TIMEZONE:America/Los_Angeles\n" + """
				BEGIN:VEVENT
				UID:floating
				DTSTART:20270110T180000
				DTEND:20270110T200000
				END:VEVENT
				""");

		assertThat(nights(feed)).containsExactly(day(11));
	}

	@Test
	void eventsWithoutAnEndBlockTheirFirstNightOrTheirDuration() {
		String feed = calendar("""
				BEGIN:VEVENT
				UID:date-only
				DTSTART;VALUE=DATE:20270110
				END:VEVENT
				BEGIN:VEVENT
				UID:timed
				DTSTART:20270112T080000Z
				END:VEVENT
				BEGIN:VEVENT
				UID:lasting
				DTSTART;VALUE=DATE:20270115
				DURATION:P3D
				END:VEVENT
				BEGIN:VEVENT
				UID:hours
				DTSTART:20270120T070000Z
				DURATION:PT36H
				END:VEVENT
				""");

		// 36 hours from 15:00 on the 20th end at 03:00 on the 22nd
		assertThat(nights(feed)).containsExactly(day(10), day(12), day(15), day(16), day(17), day(20), day(21));
	}

	@Test
	void duplicateUidsWithoutARecurrenceIdEachBlockTheirNights() {
		String feed = calendar("""
				BEGIN:VEVENT
				UID:same@booking.com
				DTSTART;VALUE=DATE:20270110
				DTEND;VALUE=DATE:20270112
				END:VEVENT
				BEGIN:VEVENT
				UID:same@booking.com
				DTSTART;VALUE=DATE:20270120
				DTEND;VALUE=DATE:20270121
				END:VEVENT
				""");

		FeedParser.ParsedFeed parsed = parse(feed);

		assertThat(parsed.seen()).isEqualTo(2);
		assertThat(nights(feed)).containsExactly(day(10), day(11), day(20));
	}

	@Test
	void anInstanceWhoseSeriesIsMissingStandsOnItsOwn() {
		String feed = calendar("""
				BEGIN:VEVENT
				UID:orphan
				RECURRENCE-ID;VALUE=DATE:20270110
				DTSTART;VALUE=DATE:20270111
				DTEND;VALUE=DATE:20270112
				END:VEVENT
				""");

		assertThat(nights(feed)).containsExactly(day(11));
	}

	@Test
	void pastEventsAreSeenButBlockNothing() {
		String feed = calendar("""
				BEGIN:VEVENT
				UID:past
				DTSTART;VALUE=DATE:20261201
				DTEND;VALUE=DATE:20261205
				END:VEVENT
				""");

		FeedParser.ParsedFeed parsed = parse(feed);

		assertThat(parsed.seen()).isEqualTo(1);
		assertThat(parsed.events()).isEmpty();
	}

	@Test
	void anUnreadableEventIsRefusedWithItsReasonAndTheRestRead() {
		String feed = calendar("""
				BEGIN:VEVENT
				UID:odd-rule
				DTSTART;VALUE=DATE:20270110
				RRULE:FREQ=SOMETIMES
				END:VEVENT
				BEGIN:VEVENT
				UID:odd-date
				DTSTART;VALUE=DATE:tomorrow
				END:VEVENT
				BEGIN:VEVENT
				UID:fine
				DTSTART;VALUE=DATE:20270112
				END:VEVENT
				""");

		FeedParser.ParsedFeed parsed = parse(feed);

		assertThat(parsed.refused()).hasSize(2)
			.anySatisfy((reason) -> assertThat(reason).contains("odd-rule", "recurrence"))
			.anySatisfy((reason) -> assertThat(reason).contains("odd-date", "unreadable dates"));
		assertThat(nights(feed)).containsExactly(day(12));
	}

	@Test
	void calendarsMergedOneAfterTheOtherAllCount() {
		String feed = calendar("""
				BEGIN:VEVENT
				UID:first
				DTSTART;VALUE=DATE:20270110
				DTEND;VALUE=DATE:20270111
				END:VEVENT
				""") + "\r\n" + calendar("""
				BEGIN:VEVENT
				UID:second
				DTSTART;VALUE=DATE:20270115
				DTEND;VALUE=DATE:20270116
				END:VEVENT
				""");

		assertThat(nights(feed)).containsExactly(day(10), day(15));
	}

	@Test
	void aBodyThatIsNotAWholeCalendarIsRejected() {
		assertThatThrownBy(() -> parse("<html><body>Error</body></html>"))
			.isInstanceOf(FeedParser.FeedRejectedException.class)
			.hasMessageContaining("not an iCalendar");
		assertThatThrownBy(() -> parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"))
			.isInstanceOf(FeedParser.FeedRejectedException.class)
			.hasMessageContaining("cut short");
		assertThatThrownBy(() -> parse("BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
			.isInstanceOf(FeedParser.FeedRejectedException.class)
			.hasMessageContaining("malformed");
		assertThatThrownBy(() -> parse(calendar("BEGIN:VEVENT\nUID:x\nDTSTART;VALUE=DATE:20270110\n")))
			.isInstanceOf(FeedParser.FeedRejectedException.class)
			.hasMessageContaining("malformed");
		assertThat(parse("\uFEFFBEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nEND:VCALENDAR\n").events()).isEmpty();
	}

	@Test
	void timeZonesAreNeverFetchedOverTheNetwork() throws Exception {
		java.util.Properties hints = new java.util.Properties();
		try (java.io.InputStream in = FeedParser.class.getResourceAsStream("/ical4j.properties")) {
			hints.load(in);
		}

		assertThat(hints.getProperty("net.fortuna.ical4j.timezone.update.enabled")).isEqualTo("false");
		assertThat(hints.getProperty("ical4j.parsing.relaxed")).isEqualTo("true");
		assertThat(hints.getProperty("ical4j.unfolding.relaxed")).isEqualTo("true");
	}

	private static FeedParser.ParsedFeed parse(String feed) {
		return FeedParser.parse(feed.getBytes(StandardCharsets.UTF_8), BALI, TODAY, HORIZON);
	}

	private static List<LocalDate> nights(String feed) {
		TreeSet<LocalDate> nights = new TreeSet<>();
		for (FeedParser.FeedEvent event : parse(feed).events()) {
			event.start().datesUntil(event.end()).forEach(nights::add);
		}
		return List.copyOf(nights);
	}

	private static String calendar(String body) {
		return "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n" + body + "END:VCALENDAR\n";
	}

	private static LocalDate day(int dayOfJanuary) {
		return LocalDate.of(2027, 1, dayOfJanuary);
	}

}
