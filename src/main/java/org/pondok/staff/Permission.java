package org.pondok.staff;

/**
 * What a staff member may do. The authority strings are what controllers name in
 * {@code @PreAuthorize("hasAuthority('bookings.read')")}; {@link Role} grants them.
 */
public enum Permission {

	BOOKINGS_READ("bookings.read"), BOOKINGS_WRITE("bookings.write"), INVENTORY_READ("inventory.read"),
	INVENTORY_WRITE("inventory.write"), CATALOG_WRITE("catalog.write"), CHANNELS_READ("channels.read"),
	CHANNELS_WRITE("channels.write"), PAYMENTS_READ("payments.read"), PAYMENTS_WRITE("payments.write"),
	TEMPLATES_READ("templates.read"), TEMPLATES_WRITE("templates.write"), ANALYTICS_READ("analytics.read"),
	SETTINGS_READ("settings.read"), SETTINGS_WRITE("settings.write"), STAFF_MANAGE("staff.manage"),
	API_LOGS_READ("api-logs.read"), AUDIT_READ("audit.read");

	private final String authority;

	Permission(String authority) {
		this.authority = authority;
	}

	public String authority() {
		return this.authority;
	}

}
