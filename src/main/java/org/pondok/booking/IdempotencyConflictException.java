package org.pondok.booking;

/**
 * An {@code Idempotency-Key} reused for a different request, or for one still being
 * processed.
 */
public class IdempotencyConflictException extends RuntimeException {

	private final boolean stillRunning;

	IdempotencyConflictException(String message, boolean stillRunning) {
		super(message);
		this.stillRunning = stillRunning;
	}

	/**
	 * Whether the first request under this key has not finished yet (retry later), rather
	 * than the key having been used for a different request.
	 */
	public boolean stillRunning() {
		return this.stillRunning;
	}

}
