package org.pondok.booking;

/**
 * A booking request that cannot be honoured as asked, naming the field that is wrong and
 * why.
 */
public class BookingRequestException extends RuntimeException {

	private final String field;

	private final Refusal refusal;

	private final int limit;

	public BookingRequestException(String field, String message) {
		this(field, Refusal.INVALID, 0, message);
	}

	public BookingRequestException(String field, Refusal refusal, int limit, String message) {
		super(message);
		this.field = field;
		this.refusal = refusal;
		this.limit = limit;
	}

	public String field() {
		return this.field;
	}

	public Refusal refusal() {
		return this.refusal;
	}

	/**
	 * The number the refusal names (the most nights, the fewest, the most guests), or 0.
	 */
	public int limit() {
		return this.limit;
	}

}
