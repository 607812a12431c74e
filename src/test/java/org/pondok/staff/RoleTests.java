package org.pondok.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTests {

	@Test
	void onlyTheAdministratorManagesStaffAndChangesSettings() {
		assertThat(Role.ADMIN.may(Permission.STAFF_MANAGE)).isTrue();
		assertThat(Role.MANAGER.may(Permission.STAFF_MANAGE)).isFalse();
		assertThat(Role.MANAGER.may(Permission.SETTINGS_WRITE)).isFalse();
		assertThat(Role.STAFF.may(Permission.SETTINGS_READ)).isFalse();
	}

	@Test
	void frontDeskRunsBookingsButNotMoneyOrContent() {
		assertThat(Role.STAFF.may(Permission.BOOKINGS_WRITE)).isTrue();
		assertThat(Role.STAFF.may(Permission.INVENTORY_WRITE)).isTrue();
		assertThat(Role.STAFF.may(Permission.PAYMENTS_WRITE)).isFalse();
		assertThat(Role.STAFF.may(Permission.CATALOG_WRITE)).isFalse();
	}

	@Test
	void managersSeeTheApiLogAndReports() {
		assertThat(Role.MANAGER.may(Permission.API_LOGS_READ)).isTrue();
		assertThat(Role.MANAGER.may(Permission.ANALYTICS_READ)).isTrue();
	}

	@Test
	void givesEveryPermissionItsAuthorityString() {
		assertThat(StaffAuthentication.authorities(Role.STAFF)).extracting(Object::toString)
			.contains("ROLE_STAFF", "bookings.read")
			.doesNotContain("staff.manage");
	}

}
