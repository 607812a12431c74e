package org.pondok.demo;

import org.pondok.channel.ChannelManagement;
import org.pondok.channel.IntegrationKind;
import org.pondok.channel.NewIntegration;
import org.pondok.channel.NewSubscription;

import org.springframework.stereotype.Component;

/**
 * The demo villa's twelve integrations and thirteen published calendar feeds. The OTA
 * integrations point at placeholder addresses on the OTAs' own hosts and are created
 * paused, so nothing fetches them until staff point them at a real export; payment and
 * messaging integrations carry no credentials.
 */
@Component
class DemoChannels {

	private static final String ADMIN = "demo";

	private final ChannelManagement channels;

	DemoChannels(ChannelManagement channels) {
		this.channels = channels;
	}

	void load() {
		ota(IntegrationKind.AIRBNB, "Airbnb – Master Suite", "master-suite",
				"https://www.airbnb.com/calendar/ical/10000001.ics?s=demo0000000000000000000001", 60);
		ota(IntegrationKind.AIRBNB, "Airbnb – Deluxe Suite", "deluxe-suite",
				"https://www.airbnb.com/calendar/ical/10000002.ics?s=demo0000000000000000000002", 60);
		ota(IntegrationKind.AIRBNB, "Airbnb – Family Room", "family-room",
				"https://www.airbnb.com/calendar/ical/10000003.ics?s=demo0000000000000000000003", 60);
		// the seed updated Booking.com daily; every three hours keeps the exposure window
		// smaller
		ota(IntegrationKind.BOOKING_COM, "Booking.com – Master Suite", "master-suite",
				"https://ical.booking.com/v1/export?t=demo-0000-0000-0000-000000000001", 180);
		ota(IntegrationKind.BOOKING_COM, "Booking.com – Standard Room", "standard-room",
				"https://ical.booking.com/v1/export?t=demo-0000-0000-0000-000000000002", 180);
		ota(IntegrationKind.VRBO, "VRBO – Family Room", "family-room",
				"https://www.vrbo.com/icalendar/demo00000000000000000000000001.ics", 120);
		ota(IntegrationKind.VRBO, "VRBO – Economy Room", "economy-room",
				"https://www.vrbo.com/icalendar/demo00000000000000000000000002.ics", 120);
		other(IntegrationKind.GOOGLE_CALENDAR, "Google Calendar – staff calendar");
		other(IntegrationKind.OUTLOOK, "Microsoft Outlook – manager calendar");
		other(IntegrationKind.STRIPE, "Stripe");
		other(IntegrationKind.PAYPAL, "PayPal");
		other(IntegrationKind.WHATSAPP, "WhatsApp Business API");

		feed("Airbnb import – Master Suite", "room", "master-suite", "airbnb", false);
		feed("Airbnb import – Deluxe Suite", "room", "deluxe-suite", "airbnb", false);
		feed("Airbnb import – Family Room", "room", "family-room", "airbnb", false);
		feed("Booking.com import – Master Suite", "room", "master-suite", "booking_com", false);
		feed("Booking.com import – Standard Room", "room", "standard-room", "booking_com", false);
		feed("VRBO import – Family Room", "room", "family-room", "vrbo", false);
		feed("VRBO import – Economy Room", "room", "economy-room", "vrbo", false);
		feed("Admin dashboard – all rooms", "all", null, "other", true);
		feed("Google Calendar – all rooms", "all", null, "google", true);
		feed("Front desk iPhone – arrivals", "arrivals", null, "apple", true);
		feed("Housekeeping Outlook – turnovers", "housekeeping", null, "outlook", true);
		feed("Manager Android – all rooms", "all", null, "android", true);
		feed("Housekeeping tablet", "housekeeping", null, "other", true);
	}

	private void ota(IntegrationKind kind, String name, String roomCode, String url, int interval) {
		this.channels.addIntegration(new NewIntegration(kind, name, roomCode, url, interval, "paused", null), ADMIN);
	}

	private void other(IntegrationKind kind, String name) {
		this.channels.addIntegration(new NewIntegration(kind, name, null, null, 60, "paused", null), ADMIN);
	}

	private void feed(String name, String scope, String roomCode, String client, boolean guestDetails) {
		this.channels.subscribe(new NewSubscription(name, scope, roomCode, client, guestDetails), ADMIN);
	}

}
