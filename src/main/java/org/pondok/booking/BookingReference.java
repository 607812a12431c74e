package org.pondok.booking;

import java.util.regex.Pattern;

/**
 * A booking's public reference, {@code BK-000001}, made from one number source and never
 * reused.
 */
public record BookingReference(String value) {

	private static final Pattern FORMAT = Pattern.compile("BK-\\d{6,}");

	public BookingReference {
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a booking reference: " + value);
		}
	}

	public static BookingReference of(long sequence) {
		if (sequence < 1) {
			throw new IllegalArgumentException("A booking number starts at 1");
		}
		return new BookingReference(String.format("BK-%06d", sequence));
	}

	/**
	 * Reads a reference as a guest may type it ({@code bk-000031}, surrounding spaces).
	 * @throws IllegalArgumentException when it is not one
	 */
	public static BookingReference parse(String text) {
		return new BookingReference(text.trim().toUpperCase(java.util.Locale.ROOT));
	}

	@Override
	public String toString() {
		return this.value;
	}

}
