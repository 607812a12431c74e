package org.pondok.system;

/**
 * A setting that does not exist ({@link #unknown()}) or a value its type refuses.
 */
public class SettingException extends RuntimeException {

	private final boolean unknown;

	public SettingException(String message, boolean unknown) {
		super(message);
		this.unknown = unknown;
	}

	public boolean unknown() {
		return this.unknown;
	}

}
