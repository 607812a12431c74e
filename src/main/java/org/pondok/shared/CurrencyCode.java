package org.pondok.shared;

import java.util.Locale;

/**
 * The currencies Pondok sells in, each with the number of minor-unit digits it is shown
 * and charged with. IDR carries none, although ISO 4217 (and so
 * {@link java.util.Currency}) gives it two.
 */
public enum CurrencyCode {

	USD(2), EUR(2), GBP(2), AUD(2), IDR(0);

	private final int fractionDigits;

	CurrencyCode(int fractionDigits) {
		this.fractionDigits = fractionDigits;
	}

	public int fractionDigits() {
		return this.fractionDigits;
	}

	/**
	 * Parses a code such as {@code "eur"} or {@code "EUR"}.
	 * @throws IllegalArgumentException for a currency Pondok does not sell in
	 */
	public static CurrencyCode parse(String code) {
		String normalized = code.trim().toUpperCase(Locale.ROOT);
		for (CurrencyCode candidate : values()) {
			if (candidate.name().equals(normalized)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("Unknown currency '" + code + "'");
	}

}
