package org.pondok.staff;

import java.util.List;

/**
 * A staff account that cannot be created or changed as asked, naming the field that is
 * wrong (an e-mail already used, a weak password…) and a stable code with its arguments,
 * from which pages say it in the reader's language.
 */
public class StaffAccountException extends RuntimeException {

	private final String field;

	private final String code;

	private final List<Object> arguments;

	public StaffAccountException(String field, String message) {
		this(field, field, message);
	}

	public StaffAccountException(String field, String code, String message, Object... arguments) {
		super(message);
		this.field = field;
		this.code = code;
		this.arguments = List.of(arguments);
	}

	public String field() {
		return this.field;
	}

	/**
	 * What is wrong, e.g. {@code password.tooShort}; stable for message bundles.
	 */
	public String code() {
		return this.code;
	}

	public List<Object> arguments() {
		return this.arguments;
	}

}
