package org.pondok.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A gallery image's title and caption in one language.
 */
public record HeroCaption(String title, @Nullable String caption) {

	public HeroCaption {
		if (title == null || title.isBlank() || title.length() > 200) {
			throw new IllegalArgumentException("A gallery image needs a title of at most 200 characters");
		}
		if (caption != null && caption.length() > 500) {
			throw new IllegalArgumentException("A caption is at most 500 characters");
		}
	}

}
