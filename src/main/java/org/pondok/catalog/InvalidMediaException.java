package org.pondok.catalog;

/**
 * Thrown when an upload is not a JPEG, PNG or WebP image, cannot be read, or is too
 * large. The message can be shown to the person who uploaded it.
 */
public class InvalidMediaException extends RuntimeException {

	public InvalidMediaException(String message) {
		super(message);
	}

}
