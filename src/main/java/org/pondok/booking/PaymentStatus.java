package org.pondok.booking;

import java.util.Locale;

/**
 * How much of a booking's total has been received.
 */
public enum PaymentStatus {

	UNPAID, DEPOSIT_PAID, PAID, PARTIALLY_REFUNDED, REFUNDED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static PaymentStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
