package org.pondok.staff;

import org.jspecify.annotations.Nullable;

/**
 * A staff account to create, with its first password in clear (hashed at once, never
 * stored).
 */
public record NewStaffMember(String email, String name, @Nullable String jobTitle, Role role, String rawPassword) {

	@Override
	public String toString() {
		return "NewStaffMember[email=" + this.email + ", role=" + this.role + "]";
	}

}
