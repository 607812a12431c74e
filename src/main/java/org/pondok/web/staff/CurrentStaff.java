package org.pondok.web.staff;

import java.util.Set;

import org.pondok.staff.Role;

/**
 * The staff member a page is shown to, as templates see them: {@code ${me.may('…')}}
 * hides what the member's role may not do, so a page never offers what would be refused.
 */
public record CurrentStaff(String email, String name, Role role, Set<String> permissions) {

	public boolean may(String authority) {
		return this.permissions.contains(authority);
	}

}
