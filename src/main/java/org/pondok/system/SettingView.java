package org.pondok.system;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A system setting as it may be shown: a secret's value is always {@code null}, and
 * {@code set} tells whether it holds one. {@code effective} is false for a setting meant
 * for another environment than this one (its value is then ignored); {@code version}
 * counts its changes, for optimistic updates.
 */
public record SettingView(String key, String area, String type, String environment, boolean secret,
		@Nullable String value, boolean set, boolean effective, @Nullable String description,
		@Nullable Instant updatedAt, int version) {
}
