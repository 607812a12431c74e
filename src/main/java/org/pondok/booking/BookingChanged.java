package org.pondok.booking;

import java.time.Instant;

import org.pondok.shared.StayPeriod;

/**
 * A booking moved to other dates or another room.
 */
public record BookingChanged(BookingReference reference, String previousRoomCode, StayPeriod previousStay,
		String roomCode, StayPeriod stay, String by, Instant at) {
}
