package org.pondok.staff;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator may change of a staff account besides its state and password.
 */
public record StaffChanges(String name, @Nullable String jobTitle, Role role) {
}
