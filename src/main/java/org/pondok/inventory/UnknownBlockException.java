package org.pondok.inventory;

/**
 * No manual block, or none still holding nights, has the id asked for.
 */
public class UnknownBlockException extends RuntimeException {

	public UnknownBlockException(long id) {
		super("No active manual block " + id);
	}

}
