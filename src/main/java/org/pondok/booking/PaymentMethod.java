package org.pondok.booking;

import java.util.Locale;
import java.util.Optional;

/**
 * How a guest pays: online through a provider's hosted checkout, by bank transfer, in
 * cash at the desk, or to the OTA that sold the stay.
 */
public enum PaymentMethod {

	STRIPE, PAYPAL, BANK_TRANSFER, CASH, OTA;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<PaymentMethod> find(String code) {
		for (PaymentMethod method : values()) {
			if (method.code().equals(code)) {
				return Optional.of(method);
			}
		}
		return Optional.empty();
	}

}
