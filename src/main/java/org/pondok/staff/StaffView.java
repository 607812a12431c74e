package org.pondok.staff;

import org.jspecify.annotations.Nullable;

/**
 * A staff account as others may see it (never its password).
 */
public record StaffView(long id, String email, String name, @Nullable String jobTitle, Role role, boolean active) {
}
