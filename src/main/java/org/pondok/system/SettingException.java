package org.pondok.system;

import org.jspecify.annotations.Nullable;

/**
 * A setting that does not exist, a value its type or range refuses, or a change made
 * against a version that is no longer current. The message is English for the API and
 * never contains the refused value (it may be a secret); pages show {@link #reason()} in
 * the reader's language.
 */
public class SettingException extends RuntimeException {

	private final Reason reason;

	private final @Nullable String key;

	private final Object[] arguments;

	public SettingException(String message, boolean unknown) {
		this(message, unknown ? Reason.UNKNOWN : Reason.INVALID, null);
	}

	/**
	 * @param arguments what the reason's message names (a bound, a length)
	 */
	public SettingException(String message, Reason reason, @Nullable String key, Object... arguments) {
		super(message);
		this.reason = reason;
		this.key = key;
		this.arguments = arguments.clone();
	}

	public boolean unknown() {
		return this.reason == Reason.UNKNOWN;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * The setting refused, when there is one.
	 */
	public @Nullable String key() {
		return this.key;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/**
	 * Why a value was refused; each has a message in the staff pages' bundle
	 * ({@code settings.error.<reason in lower case>}).
	 */
	public enum Reason {

		UNKNOWN, INVALID, WHOLE_NUMBER, DECIMAL, BOOLEAN, JSON, JSON_LIST, TEXT, TOO_LONG, TOO_SMALL, TOO_LARGE,
		NOT_ALLOWED, READ_ONLY, STALE;

		public boolean conflict() {
			return this == STALE;
		}

	}

}
