package org.pondok.booking.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * New dates, and optionally another room, for a booking.
 */
record ChangeStayRequest(@Nullable @Size(max = 32) String roomCode, @NotNull LocalDate checkIn,
		@NotNull LocalDate checkOut) {
}
