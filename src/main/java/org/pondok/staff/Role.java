package org.pondok.staff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The three staff roles and the one matrix of what each may do (docs/permissions.md shows
 * it). Pages and API enforce the same permissions.
 */
public enum Role {

	/**
	 * The system administrator: everything, including staff accounts and system settings.
	 */
	ADMIN(EnumSet.allOf(Permission.class)),

	/**
	 * Villa manager and finance: the business, but not staff accounts or system settings.
	 */
	MANAGER(EnumSet.complementOf(EnumSet.of(Permission.STAFF_MANAGE, Permission.SETTINGS_WRITE))),

	/**
	 * Front desk and housekeeping: bookings, the calendar and blocks.
	 */
	STAFF(EnumSet.of(Permission.BOOKINGS_READ, Permission.BOOKINGS_WRITE, Permission.INVENTORY_READ,
			Permission.INVENTORY_WRITE, Permission.CHANNELS_READ, Permission.TEMPLATES_READ));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = permissions;
	}

	public Set<Permission> permissions() {
		return EnumSet.copyOf(this.permissions);
	}

	public boolean may(Permission permission) {
		return this.permissions.contains(permission);
	}

	/**
	 * What a member of this role is granted, as Spring Security authority names: the role
	 * itself ({@code ROLE_ADMIN} …) and each of its permissions.
	 */
	public List<String> authorities() {
		List<String> authorities = new ArrayList<>();
		authorities.add("ROLE_" + name());
		this.permissions.forEach((permission) -> authorities.add(permission.authority()));
		return authorities;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Role ofCode(String code) {
		for (Role role : values()) {
			if (role.code().equals(code)) {
				return role;
			}
		}
		throw new IllegalArgumentException("Unknown role '" + code + "'");
	}

}
