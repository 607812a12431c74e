package org.pondok.booking;

import java.time.Instant;

import org.pondok.shared.Money;
import org.pondok.shared.StayPeriod;

/**
 * A booking was placed and holds its nights.
 */
public record BookingCreated(BookingReference reference, String roomCode, StayPeriod stay, BookingSource source,
		String guestEmail, String guestLanguage, Money total, Instant bookedAt) {
}
