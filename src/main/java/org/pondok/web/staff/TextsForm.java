package org.pondok.web.staff;

import org.jspecify.annotations.Nullable;

/**
 * A room's or package's texts in one language other than English, as the form sends them:
 * all blank means the language has no translation.
 */
public class TextsForm {

	private @Nullable String name;

	private @Nullable String summary;

	private @Nullable String description;

	private @Nullable String inclusions;

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getInclusions() {
		return this.inclusions;
	}

	public void setInclusions(@Nullable String inclusions) {
		this.inclusions = inclusions;
	}

	boolean isEmpty() {
		return FormValues.blankAsNull(this.name) == null && FormValues.blankAsNull(this.summary) == null
				&& FormValues.blankAsNull(this.description) == null && FormValues.blankAsNull(this.inclusions) == null;
	}

}
