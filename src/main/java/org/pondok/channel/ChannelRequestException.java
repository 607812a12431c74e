package org.pondok.channel;

/**
 * A channel request that cannot be honoured as asked, naming the field that is wrong;
 * with {@link #notFound()} the thing asked for does not exist.
 */
public class ChannelRequestException extends RuntimeException {

	private final String field;

	private final boolean notFound;

	ChannelRequestException(String field, String message) {
		this(field, message, false);
	}

	ChannelRequestException(String field, String message, boolean notFound) {
		super(message);
		this.field = field;
		this.notFound = notFound;
	}

	public String field() {
		return this.field;
	}

	public boolean notFound() {
		return this.notFound;
	}

}
