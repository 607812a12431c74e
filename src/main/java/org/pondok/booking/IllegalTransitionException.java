package org.pondok.booking;

/**
 * A status change the life cycle does not allow.
 */
public class IllegalTransitionException extends RuntimeException {

	public IllegalTransitionException(String message) {
		super(message);
	}

	IllegalTransitionException(BookingStatus from, BookingStatus to) {
		this("A " + from.code().replace('_', ' ').replace("no show", "no-show") + " booking cannot be " + switch (to) {
			case PENDING -> "made pending again";
			case CONFIRMED -> "confirmed";
			case CHECKED_IN -> "checked in";
			case CHECKED_OUT -> "checked out";
			case CANCELLED -> "cancelled";
			case NO_SHOW -> "marked as a no-show";
		});
	}

}
