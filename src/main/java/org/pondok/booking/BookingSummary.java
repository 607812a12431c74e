package org.pondok.booking;

import java.time.Instant;

import org.pondok.shared.Money;
import org.pondok.shared.StayPeriod;

/**
 * One line of a booking list.
 */
public record BookingSummary(BookingReference reference, BookingStatus status, String roomCode, long unitId,
		StayPeriod stay, int adults, int children, String guestName, String guestEmail, String guestCountry,
		BookingSource source, Money total, PaymentStatus paymentStatus, Instant createdAt) {
}
