package org.pondok.booking;

import java.time.Instant;

import org.pondok.shared.StayPeriod;

/**
 * A booking moved from one status to another (confirmed, checked in, cancelled…).
 */
public record BookingStatusChanged(BookingReference reference, String roomCode, StayPeriod stay, BookingStatus from,
		BookingStatus to, String by, Instant at) {
}
