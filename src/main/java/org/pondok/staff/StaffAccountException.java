package org.pondok.staff;

/**
 * A staff account that cannot be created or changed as asked, naming the field that is
 * wrong (an e-mail already used, a weak password…).
 */
public class StaffAccountException extends RuntimeException {

	private final String field;

	public StaffAccountException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
