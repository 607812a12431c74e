package org.pondok.catalog;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The rules for the stable codes of rooms and packages ({@code master-suite}) and for
 * language codes.
 */
final class Codes {

	static final int MAX_LENGTH = 28;

	private Codes() {
	}

	static void require(String code, String what) {
		if (code == null || code.length() > MAX_LENGTH || !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalArgumentException("A " + what + " code is up to " + MAX_LENGTH
					+ " lower-case letters, digits and single hyphens, like 'master-suite'");
		}
	}

	/**
	 * The primary language of a tag such as {@code "id-ID"} or {@code "DE"}; English when
	 * none is given.
	 */
	static String language(@Nullable String tag) {
		if (tag == null || tag.isBlank()) {
			return "en";
		}
		String primary = tag.trim().toLowerCase(Locale.ROOT);
		int dash = primary.indexOf('-');
		if (dash < 0) {
			dash = primary.indexOf('_');
		}
		return (dash > 0) ? primary.substring(0, dash) : primary;
	}

}
