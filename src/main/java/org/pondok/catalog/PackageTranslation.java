package org.pondok.catalog;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A package's texts in a language other than English.
 */
@Table("package_translations")
record PackageTranslation(String name, @Nullable String summary, @Nullable String description,
		@Nullable String inclusions) {

}
