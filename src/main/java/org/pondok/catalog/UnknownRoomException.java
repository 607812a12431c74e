package org.pondok.catalog;

/**
 * Thrown when no active room type has the given code.
 */
public class UnknownRoomException extends RuntimeException {

	private final String code;

	public UnknownRoomException(String code) {
		super("There is no room '" + code + "'");
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
