package org.pondok.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingRequest;
import org.pondok.booking.BookingSource;
import org.pondok.booking.BookingView;
import org.pondok.booking.GuestDetails;
import org.pondok.booking.PaymentMethod;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.PackageView;
import org.pondok.catalog.RoomView;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.StayPeriod;

import org.springframework.stereotype.Component;

/**
 * Thirty believable bookings around today: guests in house, arrivals and departures
 * today, and the next two weeks filling up, booked 7 to 15 days ahead through the real
 * booking use cases, so they hold their nights like any other booking. Dates move with
 * today; the draw is seeded, so every demo looks alike.
 */
@Component
class DemoBookings {

	static final int COUNT = 30;

	private static final int CANCELLED = 2;

	private static final String FRONT_DESK = "wayan.bagus@pondok.local";

	private static final String[][] GUESTS = { { "Oliver", "Bennett", "GB", "en", "+44 7700 900123" },
			{ "Hannah", "Schneider", "DE", "de", "+49 151 23456789" },
			{ "James", "Carter", "US", "en", "+1 415 555 0142" },
			{ "Camille", "Dubois", "FR", "fr", "+33 6 12 34 56 78" },
			{ "Giulia", "Rossi", "IT", "it", "+39 347 123 4567" }, { "Min-jun", "Kim", "KR", "ko", "+82 10 1234 5678" },
			{ "Yuki", "Tanaka", "JP", "ja", "+81 90 1234 5678" },
			{ "Charlotte", "Wilson", "AU", "en", "+61 412 345 678" },
			{ "Lukas", "Weber", "DE", "de", "+49 160 9876543" }, { "Emily", "Johnson", "US", "en", "+1 212 555 0199" },
			{ "Sophie", "Martin", "FR", "fr", "+33 7 98 76 54 32" },
			{ "Marco", "Bianchi", "IT", "it", "+39 333 765 4321" },
			{ "Ji-woo", "Park", "KR", "ko", "+82 10 9876 5432" }, { "Wei", "Zhang", "CN", "zh", "+86 138 0013 8000" },
			{ "Anastasia", "Ivanova", "RU", "ru", "+7 912 345 67 89" },
			{ "Putu", "Wijaya", "ID", "id", "+62 812 3456 7890" }, { "Daan", "de Vries", "NL", "en", "+31 6 12345678" },
			{ "Amelia", "Clarke", "GB", "en", "+44 7700 900456" }, { "Noah", "Miller", "US", "en", "+1 646 555 0123" },
			{ "Lena", "Fischer", "AT", "de", "+43 664 1234567" },
			{ "Isabella", "Conti", "IT", "it", "+39 320 111 2233" },
			{ "Thomas", "Moreau", "FR", "fr", "+33 6 55 44 33 22" },
			{ "Ava", "Thompson", "AU", "en", "+61 423 456 789" }, { "Seo-yeon", "Lee", "KR", "ko", "+82 10 5555 1234" },
			{ "Ethan", "Brown", "CA", "en", "+1 604 555 0177" }, { "Mia", "Hoffmann", "DE", "de", "+49 172 3456789" },
			{ "Haruto", "Sato", "JP", "ja", "+81 80 9876 5432" }, { "Grace", "Taylor", "NZ", "en", "+64 21 123 4567" },
			{ "Ayu", "Lestari", "ID", "id", "+62 813 9876 5432" },
			{ "Liam", "O'Connor", "IE", "en", "+353 85 123 4567" } };

	private static final String[] REQUESTS = { "Celebrating our anniversary - flowers in the room would be lovely.",
			"Travelling with a toddler; a baby cot, please.",
			"We land late, around 22:00. Airport pickup from Denpasar?", "Vegetarian breakfast for two, please.",
			"Quiet room if possible; we are light sleepers.",
			"It is my wife's birthday on the second night - could you arrange a cake?" };

	private final BookingManagement bookings;

	private final Catalog catalog;

	DemoBookings(BookingManagement bookings, Catalog catalog) {
		this.bookings = bookings;
		this.catalog = catalog;
	}

	void load() {
		Random random = new Random(20251112L);
		LocalDate today = this.catalog.today();
		ZoneId zone = this.catalog.zone();
		List<RoomView> rooms = this.catalog.rooms();
		List<PackageView> packages = this.catalog.packages();
		List<Planned> planned = plan(random, today, zone, rooms, packages);
		planned.sort(Comparator.comparing(Planned::bookedAt));
		for (Planned stay : planned) {
			BookingView booked = this.bookings.book(stay.request());
			settle(booked, stay, random);
		}
	}

	private List<Planned> plan(Random random, LocalDate today, ZoneId zone, List<RoomView> rooms,
			List<PackageView> packages) {
		// where each room's next stay may begin: two rooms have guests in house, one a
		// guest who leaves today, one an arrival today, so the front desk always has a
		// day to run
		LocalDate[] cursor = new LocalDate[rooms.size()];
		int[] firstNights = new int[rooms.size()];
		for (int i = 0; i < rooms.size(); i++) {
			cursor[i] = switch (i) {
				case 0 -> today.minusDays(3);
				case 1, 2 -> today.minusDays(2);
				case 3 -> today;
				default -> today.plusDays(1);
			};
			firstNights[i] = switch (i) {
				case 0, 1 -> 4;
				case 2 -> 2;
				default -> 0;
			};
		}
		List<Planned> planned = new ArrayList<>();
		LocalDate lastArrival = today.plusDays(14);
		int active = COUNT - CANCELLED;
		while (planned.size() < active) {
			int room = 0;
			for (int i = 1; i < rooms.size(); i++) {
				if (cursor[i].isBefore(cursor[room])) {
					room = i;
				}
			}
			if (cursor[room].isAfter(lastArrival)) {
				throw new IllegalStateException("The demo calendar is full");
			}
			int nights = (firstNights[room] > 0) ? firstNights[room] : nights(random);
			firstNights[room] = 0;
			StayPeriod stay = StayPeriod.of(cursor[room], nights);
			planned.add(planned(random, planned.size(), rooms.get(room), packages, stay, today, zone));
			cursor[room] = stay.checkOut().plusDays(random.nextInt(10) < 8 ? 0 : 1);
		}
		// cancelled stays lie beyond the others; each is cancelled right after it is
		// booked, so
		// they may overlap each other
		for (int i = 0; i < CANCELLED; i++) {
			RoomView room = rooms.get(random.nextInt(rooms.size()));
			StayPeriod stay = StayPeriod.of(lastArrival.plusDays(8 + random.nextInt(8)), 2 + random.nextInt(3));
			planned.add(planned(random, planned.size(), room, packages, stay, today, zone).asCancelled());
		}
		return planned;
	}

	private Planned planned(Random random, int index, RoomView room, List<PackageView> packages, StayPeriod stay,
			LocalDate today, ZoneId zone) {
		String[] guest = GUESTS[index % GUESTS.length];
		int guests = Math.max(2, Math.min(2 + random.nextInt(5), Math.min(6, room.maxOccupancy())));
		int adults = Math.min(room.maxAdults(), Math.max(2, guests - random.nextInt(3)));
		int children = Math.max(0, Math.min(room.maxChildren(), guests - adults));
		long daysAhead = stay.checkIn().toEpochDay() - today.toEpochDay();
		int lead = 7 + random.nextInt(9);
		if (lead <= daysAhead) {
			lead = (int) daysAhead + 1;
		}
		Instant bookedAt = stay.checkIn()
			.minusDays(lead)
			.atTime(LocalTime.of(8 + random.nextInt(13), random.nextInt(60)))
			.atZone(zone)
			.toInstant();
		String packageCode = null;
		if (random.nextInt(5) == 0) {
			for (PackageView offer : packages) {
				if (offer.roomCodes().contains(room.code()) && stay.nightCount() >= offer.minNights()) {
					packageCode = offer.code();
					break;
				}
			}
		}
		boolean pending = index % 9 == 5;
		int draw = random.nextInt(10);
		PaymentMethod method = (draw < 5) ? PaymentMethod.STRIPE
				: (draw < 8) ? PaymentMethod.PAYPAL : PaymentMethod.BANK_TRANSFER;
		if (pending) {
			method = PaymentMethod.BANK_TRANSFER;
		}
		BookingSource source = (random.nextInt(6) == 0) ? BookingSource.PHONE : BookingSource.DIRECT;
		String email = (guest[0] + "." + guest[1]).toLowerCase(java.util.Locale.ROOT).replace(" ", "").replace("'", "")
				+ "@example.com";
		String requests = (random.nextInt(4) == 0) ? REQUESTS[random.nextInt(REQUESTS.length)] : null;
		GuestDetails details = new GuestDetails(guest[0], guest[1], email, guest[4], guest[2], guest[3]);
		String actor = (source == BookingSource.DIRECT) ? email : FRONT_DESK;
		BookingRequest request = new BookingRequest(room.code(), stay, adults, children, details, packageCode,
				currencyOf(guest[2]), method, requests, source, actor, bookedAt);
		return new Planned(request, bookedAt, pending, false);
	}

	private void settle(BookingView booked, Planned stay, Random random) {
		if (stay.cancelled()) {
			if (stay.request().paymentMethod() != PaymentMethod.BANK_TRANSFER) {
				this.bookings.receivePayment(booked.reference(), booked.price().dueNow());
			}
			this.bookings.cancel(booked.reference(), stay.request().guest().email(), "Travel plans changed");
			return;
		}
		boolean arrived = booked.stay().checkIn().isBefore(this.catalog.today());
		if (stay.pending() && !arrived) {
			return;
		}
		boolean payInFull = arrived || booked.price().balanceDueDate() == null || random.nextBoolean();
		this.bookings.receivePayment(booked.reference(), payInFull ? booked.price().total() : booked.price().dueNow());
		this.bookings.confirm(booked.reference(), FRONT_DESK);
		if (arrived) {
			this.bookings.checkIn(booked.reference(), FRONT_DESK);
		}
	}

	private static int nights(Random random) {
		int draw = random.nextInt(100);
		if (draw < 25) {
			return 1;
		}
		if (draw < 60) {
			return 2;
		}
		if (draw < 80) {
			return 3;
		}
		if (draw < 90) {
			return 4;
		}
		if (draw < 95) {
			return 5;
		}
		return (draw < 98) ? 6 : 7;
	}

	private static CurrencyCode currencyOf(String country) {
		return switch (country) {
			case "GB" -> CurrencyCode.GBP;
			case "DE", "FR", "IT", "AT", "NL", "IE" -> CurrencyCode.EUR;
			case "AU", "NZ" -> CurrencyCode.AUD;
			case "ID" -> CurrencyCode.IDR;
			default -> CurrencyCode.USD;
		};
	}

	private record Planned(BookingRequest request, Instant bookedAt, boolean pending, boolean cancelled) {

		Planned asCancelled() {
			return new Planned(this.request, this.bookedAt, false, true);
		}

	}

}
