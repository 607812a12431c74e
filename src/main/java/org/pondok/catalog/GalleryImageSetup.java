package org.pondok.catalog;

import java.util.Map;

/**
 * A gallery image as staff edit it, shown or not, with its captions in every language it
 * has and the version an edit must name.
 */
public record GalleryImageSetup(long id, long mediaId, String imageUrl, HeroCaption english,
		Map<String, HeroCaption> translations, int sortOrder, boolean active, int version) {

	public GalleryImageSetup {
		translations = Map.copyOf(translations);
	}

}
