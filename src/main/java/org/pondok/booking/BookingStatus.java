package org.pondok.booking;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The life cycle of a booking: pending → confirmed → checked_in → checked_out; pending or
 * confirmed → cancelled; confirmed → no_show.
 */
public enum BookingStatus {

	PENDING, CONFIRMED, CHECKED_IN, CHECKED_OUT, CANCELLED, NO_SHOW;

	public boolean canMoveTo(BookingStatus target) {
		return next().contains(target);
	}

	public Set<BookingStatus> next() {
		return switch (this) {
			case PENDING -> EnumSet.of(CONFIRMED, CANCELLED);
			case CONFIRMED -> EnumSet.of(CHECKED_IN, CANCELLED, NO_SHOW);
			case CHECKED_IN -> EnumSet.of(CHECKED_OUT);
			case CHECKED_OUT, CANCELLED, NO_SHOW -> EnumSet.noneOf(BookingStatus.class);
		};
	}

	/**
	 * Whether the booking still holds its nights in the inventory.
	 */
	public boolean holdsNights() {
		return this == PENDING || this == CONFIRMED || this == CHECKED_IN || this == CHECKED_OUT;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static BookingStatus ofCode(String code) {
		for (BookingStatus status : values()) {
			if (status.code().equals(code)) {
				return status;
			}
		}
		throw new IllegalArgumentException("Unknown booking status '" + code + "'");
	}

}
