package org.pondok.shared;

/**
 * Thrown when a request needs part of the property that staff have not set up yet (the
 * villa itself, say, on a new installation without the demo). It is the property's state,
 * not the caller's mistake: the API answers 503 with a problem detail.
 */
public class NotSetUpException extends IllegalStateException {

	public NotSetUpException(String message) {
		super(message);
	}

}
