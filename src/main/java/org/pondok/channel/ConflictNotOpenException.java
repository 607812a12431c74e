package org.pondok.channel;

/**
 * A conflict that was already resolved or dismissed cannot be resolved or dismissed
 * again.
 */
public class ConflictNotOpenException extends RuntimeException {

	private final String status;

	ConflictNotOpenException(long id, String status) {
		super("Conflict " + id + " is " + status + ", not open");
		this.status = status;
	}

	public String status() {
		return this.status;
	}

}
