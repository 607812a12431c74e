package org.pondok.catalog.rest;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.HeroImageView;

record GalleryItemResponse(long id, String title, @Nullable String caption, String imageUrl, int sortOrder) {

	static GalleryItemResponse of(HeroImageView image) {
		return new GalleryItemResponse(image.id(), image.title(), image.caption(), image.imageUrl(), image.sortOrder());
	}

}
