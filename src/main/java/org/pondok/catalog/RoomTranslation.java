package org.pondok.catalog;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A room's texts in a language other than English.
 */
@Table("room_translations")
record RoomTranslation(String name, @Nullable String summary, @Nullable String description) {

}
