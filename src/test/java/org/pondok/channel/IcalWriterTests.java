package org.pondok.channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports are written strictly: the same input gives the same bytes, every physical line
 * fits 75 octets, and what ical4j reads back is what was written.
 */
class IcalWriterTests {

	private static final Instant STAMP = Instant.parse("2026-03-01T08:15:30Z");

	@Test
	void writesTheGoldenCalendarByteForByte() throws IOException {
		String written = sample();

		try (InputStream golden = getClass().getResourceAsStream("/channel/golden-export.ics")) {
			assertThat(golden).isNotNull();
			assertThat(written).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	@Test
	void foldsByOctetsWithoutSplittingACharacter() {
		String written = sample();

		assertThat(written).doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
		for (String line : written.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
			assertThat(line).doesNotContain("\uFFFD");
		}
		assertThat(written).endsWith("END:VCALENDAR\r\n");
	}

	@Test
	void escapesCommasSemicolonsBackslashesAndLineBreaks() {
		assertThat(IcalWriter.text("a,b;c\\d\ne\r\nf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
	}

	@Test
	void readsBackThroughIcal4jAsWritten() throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(sample()));

		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(2);
		VEvent first = events.get(0);
		assertThat(first.<Property>getProperty(Property.UID).orElseThrow().getValue())
			.isEqualTo("BK-000001@pondok.test");
		assertThat(first.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2026, 4, 10));
		assertThat(first.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2026, 4, 13));
		assertThat(first.getDateStamp().orElseThrow().getDate()).isEqualTo(STAMP);
		assertThat(events.get(1).<Property>getProperty(Property.SUMMARY).orElseThrow().getValue())
			.isEqualTo("Ньюман, Ана; «Вилла» \\ Ocean-view suite with a very long name that must be folded");
		assertThat(calendar.<Property>getProperty(Property.PRODID).orElseThrow().getValue())
			.isEqualTo(IcalWriter.PRODID);
	}

	static String sample() {
		return new IcalWriter("Pondok · Garden Room")
			.event(new IcalWriter.Event("BK-000001@pondok.test", STAMP, LocalDate.of(2026, 4, 10),
					LocalDate.of(2026, 4, 13), "Not available", null, null))
			.event(new IcalWriter.Event("OTA-3-17@pondok.test", STAMP, LocalDate.of(2026, 5, 1),
					LocalDate.of(2026, 5, 2),
					"Ньюман, Ана; «Вилла» \\ Ocean-view suite with a very long name that must be folded",
					"Line one\nLine two", "ota_block"))
			.finish();
	}

}
