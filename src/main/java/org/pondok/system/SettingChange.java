package org.pondok.system;

import org.jspecify.annotations.Nullable;

/**
 * A new value for one setting ({@code null} clears it), optionally made against the
 * version the editor saw.
 */
public record SettingChange(String key, @Nullable Object value, @Nullable Integer version) {
}
