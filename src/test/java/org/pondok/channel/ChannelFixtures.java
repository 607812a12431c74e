package org.pondok.channel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingRequest;
import org.pondok.booking.BookingSource;
import org.pondok.booking.BookingView;
import org.pondok.booking.GuestDetails;
import org.pondok.booking.PaymentMethod;
import org.pondok.catalog.CancellationPolicy;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.NewRoom;
import org.pondok.catalog.VillaDetails;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;
import org.pondok.shared.StayPeriod;

/**
 * A villa with rooms of one unit each, and bookings reached through the real booking use
 * case.
 */
final class ChannelFixtures {

	private ChannelFixtures() {
	}

	static void villa(Catalog catalog, String... roomCodes) {
		if (!catalog.hasVilla()) {
			catalog.saveVilla(new VillaDetails("Test Villa", null, null, "Jl. Uji 1", null, null, "ID", null, null,
					null, null, null, ZoneId.of("Asia/Makassar"), LocalTime.of(14, 0), LocalTime.of(12, 0), null, null,
					null, CurrencyCode.USD, new BigDecimal("11"), BigDecimal.TEN, new BigDecimal("30"), 14,
					new CancellationPolicy(7, new BigDecimal("50"))));
		}
		for (String code : roomCodes) {
			if (catalog.room(code).isEmpty()) {
				catalog.addRoom(new NewRoom(code, "Room " + code, null, null, 2, 1, 3, null, null, List.of(),
						Money.of("120", CurrencyCode.USD), 1, 1, null, Map.of()));
			}
		}
	}

	static BookingView book(BookingManagement bookings, String roomCode, LocalDate checkIn, int nights,
			String firstName) {
		return bookings.book(new BookingRequest(roomCode, StayPeriod.of(checkIn, nights), 2, 0,
				new GuestDetails(firstName, "Guest", "guest@example.com", null, "ID", "en"), null, CurrencyCode.USD,
				PaymentMethod.BANK_TRANSFER, null, BookingSource.PHONE, "desk@pondok.local", null));
	}

}
