package org.pondok.booking;

/**
 * A booking request that cannot be honoured as asked, naming the field that is wrong.
 */
public class BookingRequestException extends RuntimeException {

	private final String field;

	public BookingRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
