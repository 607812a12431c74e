package org.pondok.channel;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingView;
import org.pondok.catalog.Catalog;
import org.pondok.inventory.Inventory;
import org.pondok.shared.StayPeriod;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published calendars as a calendar client meets them: valid iCalendar that ical4j
 * reads back, every hold of a room in its feed without a guest's name, stable ETags with
 * 304 answers, each fetch noted, and a revoked token closed.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:calendar-feed-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/calendar-feed-tests", "pondok.admin-password=admin-password-x1",
		"pondok.base-url=https://villa.example" })
@AutoConfigureMockMvc
class CalendarFeedTests {

	private static final String ROOM = "feed-room";

	private static final String OTHER = "feed-other";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Catalog catalog;

	@Autowired
	BookingManagement bookings;

	@Autowired
	Inventory inventory;

	@Autowired
	ChannelManagement channels;

	@Autowired
	JdbcClient jdbc;

	private static int nextWeek = 10;

	@BeforeEach
	void villa() {
		ChannelFixtures.villa(this.catalog, ROOM, OTHER);
	}

	@Test
	void aRoomFeedCarriesEveryHoldOfTheRoomAndNoGuestDetails() throws Exception {
		LocalDate checkIn = freshDate();
		BookingView booking = ChannelFixtures.book(this.bookings, ROOM, checkIn, 3, "Ketut");
		long unit = this.catalog.requireRoom(ROOM).unitIds().get(0);
		this.inventory.block(unit, StayPeriod.of(checkIn.plusDays(5), 2), "Roof repair", "desk@pondok.local");
		ChannelFixtures.book(this.bookings, OTHER, checkIn, 2, "Elsewhere");
		SubscriptionView feed = subscribe("room", ROOM, true);

		MvcTestResult result = fetch(feed, null, null);

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
		String body = result.getResponse().getContentAsString();
		assertThat(body).doesNotContain("Ketut", "Guest", "Roof repair", "Elsewhere");
		List<VEvent> events = parse(body).getComponents(Component.VEVENT);
		assertThat(events).extracting((e) -> value(e, Property.UID))
			.contains(booking.reference().value() + "@villa.example");
		VEvent stay = events.stream()
			.filter((e) -> value(e, Property.UID).equals(booking.reference().value() + "@villa.example"))
			.findFirst()
			.orElseThrow();
		assertThat(stay.getStartDate().orElseThrow().getDate()).isEqualTo(checkIn);
		assertThat(stay.getEndDate().orElseThrow().getDate()).isEqualTo(checkIn.plusDays(3));
		assertThat(value(stay, Property.SUMMARY)).isEqualTo("Not available");
		assertThat(stay.getDateStamp().orElseThrow().getDate())
			.isEqualTo(booking.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		assertThat(events).anyMatch((e) -> e.getStartDate().orElseThrow().getDate().equals(checkIn.plusDays(5))
				&& e.getEndDate().orElseThrow().getDate().equals(checkIn.plusDays(7)));
		assertThat(events).noneMatch((e) -> value(e, Property.SUMMARY).contains("Elsewhere"));
	}

	@Test
	void theSameContentKeepsItsETagAndAnswers304() throws Exception {
		ChannelFixtures.book(this.bookings, ROOM, freshDate(), 2, "Made");
		SubscriptionView feed = subscribe("room", ROOM, false);

		MvcTestResult first = fetch(feed, null, null);
		String etag = first.getResponse().getHeader("ETag");
		String lastModified = first.getResponse().getHeader("Last-Modified");
		MvcTestResult again = fetch(feed, null, null);
		MvcTestResult byEtag = fetch(feed, etag, null);
		MvcTestResult bySince = fetch(feed, null, lastModified);

		assertThat(etag).isNotBlank();
		assertThat(lastModified).isNotBlank();
		assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
		assertThat(again.getResponse().getHeader("ETag")).isEqualTo(etag);
		assertThat(byEtag).hasStatus(304);
		assertThat(byEtag.getResponse().getContentAsString()).isEmpty();
		assertThat(bySince).hasStatus(304);

		ChannelFixtures.book(this.bookings, ROOM, freshDate(), 1, "Nyoman");
		MvcTestResult changed = fetch(feed, etag, null);

		assertThat(changed).hasStatusOk();
		assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
	}

	@Test
	void eachFetchIsNotedWithItsClient() {
		SubscriptionView feed = subscribe("all", null, false);

		this.mvc.get().uri(path(feed)).header("User-Agent", "Google-Calendar-Importer").exchange();
		this.mvc.get().uri(path(feed)).header("User-Agent", "Google-Calendar-Importer").exchange();

		assertThat(this.jdbc.sql("SELECT fetch_count FROM calendar_subscriptions WHERE id = :id")
			.param("id", feed.id())
			.query(Long.class)
			.single()).isEqualTo(2L);
		assertThat(this.jdbc.sql("SELECT last_client FROM calendar_subscriptions WHERE id = :id")
			.param("id", feed.id())
			.query(String.class)
			.single()).isEqualTo("Google-Calendar-Importer");
		assertThat(this.channels.subscriptions()
			.stream()
			.filter((s) -> s.id() == feed.id())
			.findFirst()
			.orElseThrow()
			.lastFetchedAt()).isNotNull();
	}

	@Test
	void staffFeedsNameGuestsOnlyWhenTheSubscriptionAllows() throws Exception {
		LocalDate checkIn = freshDate();
		BookingView booking = ChannelFixtures.book(this.bookings, OTHER, checkIn, 2, "Wayan");

		String withNames = fetch(subscribe("all", null, true), null, null).getResponse().getContentAsString();
		String without = fetch(subscribe("all", null, false), null, null).getResponse().getContentAsString();
		String arrivals = fetch(subscribe("arrivals", null, true), null, null).getResponse().getContentAsString();
		String housekeeping = fetch(subscribe("housekeeping", null, false), null, null).getResponse()
			.getContentAsString();

		assertThat(withNames).contains("Wayan Guest");
		assertThat(without).contains(booking.reference().value()).doesNotContain("Wayan");
		List<VEvent> arrivalEvents = parse(arrivals).getComponents(Component.VEVENT);
		assertThat(arrivalEvents)
			.anyMatch((e) -> value(e, Property.UID).equals(booking.reference().value() + "-arrival@villa.example")
					&& e.getStartDate().orElseThrow().getDate().equals(checkIn)
					&& value(e, Property.SUMMARY).contains("Wayan"));
		List<VEvent> cleaning = parse(housekeeping).getComponents(Component.VEVENT);
		assertThat(cleaning)
			.anyMatch((e) -> value(e, Property.UID).equals(booking.reference().value() + "-out@villa.example")
					&& e.getStartDate().orElseThrow().getDate().equals(checkIn.plusDays(2)));
		assertThat(housekeeping).doesNotContain("Wayan");
	}

	@Test
	void aRevokedOrUnknownTokenFindsNothing() {
		SubscriptionView feed = subscribe("room", ROOM, false);
		assertThat(fetch(feed, null, null)).hasStatusOk();

		this.channels.revokeSubscription(feed.id(), "admin@pondok.local");

		assertThat(fetch(feed, null, null)).hasStatus(404);
		assertThat(this.mvc.get().uri("/calendars/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics").exchange())
			.hasStatus(404);
	}

	private SubscriptionView subscribe(String scope, String roomCode, boolean guestDetails) {
		return this.channels.subscribe(new NewSubscription("Feed " + scope, scope, roomCode, "other", guestDetails),
				"admin@pondok.local");
	}

	private MvcTestResult fetch(SubscriptionView feed, String etag, String since) {
		var request = this.mvc.get().uri(path(feed));
		if (etag != null) {
			request = request.header("If-None-Match", etag);
		}
		if (since != null) {
			request = request.header("If-Modified-Since", since);
		}
		return request.exchange();
	}

	private static String path(SubscriptionView feed) {
		return feed.url().substring("https://villa.example".length());
	}

	private static Calendar parse(String body) throws Exception {
		return new CalendarBuilder().build(new StringReader(body));
	}

	private static String value(VEvent event, String name) {
		return event.<Property>getProperty(name).map(Property::getValue).orElse("");
	}

	private LocalDate freshDate() {
		nextWeek += 1;
		return this.catalog.today().plusDays(nextWeek * 7L);
	}

}
