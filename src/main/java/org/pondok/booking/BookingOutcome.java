package org.pondok.booking;

/**
 * The booking a creation request made, and whether it was made just now or by an earlier
 * request under the same {@code Idempotency-Key}.
 */
public record BookingOutcome(BookingView booking, boolean replayed) {
}
