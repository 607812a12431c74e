package org.pondok.booking;

/**
 * No booking has the reference asked for.
 */
public class UnknownBookingException extends RuntimeException {

	public UnknownBookingException(String reference) {
		super("No booking " + reference);
	}

}
