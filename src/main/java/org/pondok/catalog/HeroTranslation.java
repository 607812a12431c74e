package org.pondok.catalog;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A gallery image's title and caption in a language other than English.
 */
@Table("hero_gallery_translations")
record HeroTranslation(String title, @Nullable String caption) {

}
