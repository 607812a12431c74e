package org.pondok.system;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A system setting as it may be shown: a secret's value is always {@code null}.
 */
public record SettingView(String key, String area, String type, String environment, boolean secret,
		@Nullable String value, @Nullable String description, @Nullable Instant updatedAt) {
}
