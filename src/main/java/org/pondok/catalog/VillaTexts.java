package org.pondok.catalog;

import org.jspecify.annotations.Nullable;

/**
 * The villa's texts for guests in one language other than English; a {@code null} text
 * shows in English.
 */
public record VillaTexts(@Nullable String tagline, @Nullable String description, @Nullable String houseRules) {

	public VillaTexts {
		if (tagline != null && tagline.length() > 300) {
			throw new IllegalArgumentException("A tagline is at most 300 characters");
		}
	}

}
