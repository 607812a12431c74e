package org.pondok.booking;

import java.util.Locale;

/**
 * Where a booking came from.
 */
public enum BookingSource {

	DIRECT, STAFF, PHONE, WALK_IN, AIRBNB, BOOKING_COM, VRBO, EXPEDIA, AGODA, OTHER;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static BookingSource ofCode(String code) {
		for (BookingSource source : values()) {
			if (source.code().equals(code)) {
				return source;
			}
		}
		throw new IllegalArgumentException("Unknown booking source '" + code + "'");
	}

}
