package org.pondok.channel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A feed shaped like Airbnb's export (a parameter on PRODID, no DTSTAMP, blank lines
 * between events), for tests that serve one from WireMock.
 */
public final class AirbnbFeed {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private AirbnbFeed() {
	}

	public static String of(String... events) {
		return "BEGIN:VCALENDAR\r\nPRODID;X-RICAL-TZSOURCE=TZINFO:-//Airbnb Inc//Hosting Calendar 0.8.8//EN\r\n"
				+ "CALSCALE:GREGORIAN\r\nVERSION:2.0\r\n" + String.join("\r\n", events) + "END:VCALENDAR\r\n";
	}

	public static String event(String uid, LocalDate start, LocalDate end, String summary) {
		return "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:" + start.format(DAY) + "\r\nDTEND;VALUE=DATE:" + end.format(DAY)
				+ "\r\nUID:" + uid + "\r\nSUMMARY:" + summary + "\r\nEND:VEVENT\r\n";
	}

}
