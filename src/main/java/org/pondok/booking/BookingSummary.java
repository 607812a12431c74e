package org.pondok.booking;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.Money;
import org.pondok.shared.StayPeriod;

/**
 * One line of a booking list.
 *
 * @param paid what has been received so far
 * @param balanceDueDate when the rest is due, {@code null} when all was due at booking
 */
public record BookingSummary(BookingReference reference, BookingStatus status, String roomCode, long unitId,
		StayPeriod stay, int adults, int children, String guestName, String guestEmail, String guestCountry,
		BookingSource source, Money total, PaymentStatus paymentStatus, Instant createdAt, Money paid,
		@Nullable LocalDate balanceDueDate) {
}
