package org.pondok.catalog;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An image chosen for the home page's rotating gallery, with its place in the order and
 * its captions. Added active at the end of the gallery.
 */
@Table("hero_gallery_selection")
class HeroImage {

	@Id
	private @Nullable Long id;

	private long mediaId;

	private String title;

	private @Nullable String caption;

	private int sortOrder;

	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Integer version;

	@MappedCollection(idColumn = "gallery_id", keyColumn = "language")
	private Map<String, HeroTranslation> translations;

	@PersistenceCreator
	HeroImage(@Nullable Long id, long mediaId, String title, @Nullable String caption, int sortOrder, boolean active,
			Instant createdAt, Instant updatedAt, @Nullable Integer version,
			Map<String, HeroTranslation> translations) {
		this.id = id;
		this.mediaId = mediaId;
		this.title = title;
		this.caption = caption;
		this.sortOrder = sortOrder;
		this.active = active;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
		this.translations = new HashMap<>(translations);
	}

	static HeroImage of(long mediaId, HeroCaption english, Map<String, HeroCaption> others, int sortOrder,
			Instant now) {
		return new HeroImage(null, mediaId, english.title(), english.caption(), sortOrder, true, now, now, null,
				translations(others));
	}

	private static Map<String, HeroTranslation> translations(Map<String, HeroCaption> others) {
		Map<String, HeroTranslation> translations = new HashMap<>();
		others.forEach((language, text) -> translations.put(Codes.language(language),
				new HeroTranslation(text.title(), text.caption())));
		translations.remove("en");
		return translations;
	}

	/**
	 * Applies staff's edit made on the given version of the image.
	 * @return what changed, for the audit trail
	 * @throws OptimisticLockingFailureException when the image has changed since
	 */
	String change(HeroCaption english, Map<String, HeroCaption> others, boolean active, int expectedVersion,
			Instant now) {
		if (this.version == null || this.version != expectedVersion) {
			throw new OptimisticLockingFailureException("Gallery image " + this.id + " has changed since it was read");
		}
		ChangeNotes notes = new ChangeNotes().value("title", this.title, english.title())
			.text("caption", this.caption, english.caption())
			.text("translations", this.translations, translations(others))
			.value("active", this.active, active);
		this.title = english.title();
		this.caption = english.caption();
		this.translations = translations(others);
		this.active = active;
		this.updatedAt = now;
		return notes.toString();
	}

	void moveTo(int sortOrder, Instant now) {
		this.sortOrder = sortOrder;
		this.updatedAt = now;
	}

	int sortOrder() {
		return this.sortOrder;
	}

	long mediaId() {
		return this.mediaId;
	}

	String title() {
		return this.title;
	}

	GalleryImageSetup setup() {
		if (this.id == null) {
			throw new IllegalStateException("The gallery image has not been saved yet");
		}
		Map<String, HeroCaption> texts = new HashMap<>();
		this.translations
			.forEach((language, text) -> texts.put(language, new HeroCaption(text.title(), text.caption())));
		return new GalleryImageSetup(this.id, this.mediaId, "/media/" + this.mediaId,
				new HeroCaption(this.title, this.caption), texts, this.sortOrder, this.active,
				(this.version != null) ? this.version : 0);
	}

	HeroImageView view(String language) {
		if (this.id == null) {
			throw new IllegalStateException("The gallery image has not been saved yet");
		}
		HeroTranslation text = this.translations.get(language);
		String shownTitle = (text != null) ? text.title() : this.title;
		String shownCaption = (text != null && text.caption() != null) ? text.caption() : this.caption;
		return new HeroImageView(this.id, this.mediaId, shownTitle, shownCaption, "/media/" + this.mediaId,
				this.sortOrder);
	}

}
