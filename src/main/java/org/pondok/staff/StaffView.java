package org.pondok.staff;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A staff account as others may see it (never its password).
 *
 * @param lockedUntil when a lock-out after failed logins ends, if there was one
 * @param mustChangePassword whether the member has a temporary password to replace
 */
public record StaffView(long id, String email, String name, @Nullable String jobTitle, Role role, boolean active,
		@Nullable Instant lastLoginAt, @Nullable Instant lockedUntil, boolean mustChangePassword) {

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
