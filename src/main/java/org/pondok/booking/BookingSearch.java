package org.pondok.booking;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Filters for listing bookings; every one may be left out.
 *
 * @param from with {@code to}: stays that have a night on or after this date
 * @param to stays that begin before this date
 * @param text part of a reference, guest name, e-mail or phone
 */
public record BookingSearch(@Nullable BookingStatus status, @Nullable LocalDate from, @Nullable LocalDate to,
		@Nullable String roomCode, @Nullable BookingSource source, @Nullable String text) {

	public static BookingSearch all() {
		return new BookingSearch(null, null, null, null, null, null);
	}

}
