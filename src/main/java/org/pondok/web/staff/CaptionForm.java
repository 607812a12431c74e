package org.pondok.web.staff;

import org.jspecify.annotations.Nullable;

/**
 * A gallery image's title and caption in one language, as the form sends them.
 */
public class CaptionForm {

	private @Nullable String title;

	private @Nullable String caption;

	public @Nullable String getTitle() {
		return this.title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getCaption() {
		return this.caption;
	}

	public void setCaption(@Nullable String caption) {
		this.caption = caption;
	}

}
