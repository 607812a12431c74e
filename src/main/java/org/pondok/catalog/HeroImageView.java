package org.pondok.catalog;

import org.jspecify.annotations.Nullable;

/**
 * An image of the home page's rotating gallery, in one language. {@code imageUrl} is the
 * path the image is served at.
 */
public record HeroImageView(long id, long mediaId, String title, @Nullable String caption, String imageUrl,
		int sortOrder) {

}
