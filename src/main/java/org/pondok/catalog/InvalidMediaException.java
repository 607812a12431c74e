package org.pondok.catalog;

/**
 * Thrown when an upload is not a JPEG, PNG or WebP image, cannot be read, or is too
 * large. The message can be shown to the person who uploaded it; {@link #reason()} lets a
 * page say it in the reader's language.
 */
public class InvalidMediaException extends RuntimeException {

	private final Reason reason;

	public InvalidMediaException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why an upload was refused.
	 */
	public enum Reason {

		EMPTY, TOO_LARGE, NOT_AN_IMAGE, UNREADABLE

	}

}
