package org.pondok.inventory;

import java.util.Locale;

/**
 * Who holds a unit-night.
 */
public enum Holder {

	BOOKING, OTA_BLOCK, MANUAL_BLOCK, BUFFER;

	/**
	 * The value stored and shown in the API ({@code "ota_block"}).
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Holder ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
