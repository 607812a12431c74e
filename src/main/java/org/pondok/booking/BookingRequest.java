package org.pondok.booking;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.StayPeriod;

/**
 * What is asked to book.
 *
 * @param actor who books: the guest's e-mail for direct bookings, the staff e-mail
 * otherwise
 * @param bookedAt when the booking was made, for bookings recorded after the fact (an
 * OTA's or the demo's); {@code null} means now, and then the stay may not start in the
 * past
 */
public record BookingRequest(String roomCode, StayPeriod stay, int adults, int children, GuestDetails guest,
		@Nullable String packageCode, CurrencyCode currency, PaymentMethod paymentMethod,
		@Nullable String specialRequests, BookingSource source, String actor, @Nullable Instant bookedAt) {
}
