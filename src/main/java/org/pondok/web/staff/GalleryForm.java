package org.pondok.web.staff;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.GalleryImageSetup;
import org.pondok.catalog.HeroCaption;

import org.springframework.validation.Errors;

/**
 * A gallery image's titles and captions keyed by language ({@code en} required, the
 * others optional) and whether it is shown, as the form sends them.
 */
public class GalleryForm {

	static final String ENGLISH = "en";

	private Map<String, CaptionForm> captions = new LinkedHashMap<>();

	private boolean active = true;

	private int version;

	static GalleryForm of(GalleryImageSetup image) {
		GalleryForm form = new GalleryForm();
		form.captions.put(ENGLISH, caption(image.english()));
		image.translations().forEach((language, text) -> form.captions.put(language, caption(text)));
		form.active = image.active();
		form.version = image.version();
		return form;
	}

	private static CaptionForm caption(HeroCaption text) {
		CaptionForm form = new CaptionForm();
		form.setTitle(text.title());
		form.setCaption(text.caption());
		return form;
	}

	GalleryForm withLanguages(List<String> languages) {
		this.captions.computeIfAbsent(ENGLISH, (key) -> new CaptionForm());
		languages.forEach((language) -> this.captions.computeIfAbsent(language, (key) -> new CaptionForm()));
		return this;
	}

	/**
	 * The English title and caption, or {@code null} when a field is wrong.
	 */
	@Nullable HeroCaption english(Errors errors) {
		CaptionForm english = this.captions.getOrDefault(ENGLISH, new CaptionForm());
		FormValues values = new FormValues(errors);
		String title = values.text("captions[en].title", english.getTitle(), 200);
		String caption = values.optional("captions[en].caption", english.getCaption(), 500);
		return (title != null && !errors.hasFieldErrors("captions[en].caption")) ? new HeroCaption(title, caption)
				: null;
	}

	/**
	 * The other languages' titles and captions; a language with both blank has none, one
	 * with a caption needs a title.
	 */
	Map<String, HeroCaption> translations(Errors errors) {
		FormValues values = new FormValues(errors);
		Map<String, HeroCaption> texts = new HashMap<>();
		this.captions.forEach((language, text) -> {
			if (language.equals(ENGLISH)) {
				return;
			}
			String field = "captions[" + language + "].";
			String caption = values.optional(field + "caption", text.getCaption(), 500);
			String title = (caption != null) ? values.text(field + "title", text.getTitle(), 200)
					: values.optional(field + "title", text.getTitle(), 200);
			if (title != null) {
				texts.put(language, new HeroCaption(title, caption));
			}
		});
		return texts;
	}

	public Map<String, CaptionForm> getCaptions() {
		return this.captions;
	}

	public void setCaptions(Map<String, CaptionForm> captions) {
		this.captions = captions;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
