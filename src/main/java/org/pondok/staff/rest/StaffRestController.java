package org.pondok.staff.rest;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pondok.staff.StaffManagement;
import org.pondok.staff.StaffView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StaffRestController {

	private final StaffManagement staff;

	StaffRestController(StaffManagement staff) {
		this.staff = staff;
	}

	@GetMapping("/api/v1/staff")
	@PreAuthorize("hasAuthority('staff.manage')")
	Items members() {
		return new Items(this.staff.members().stream().map(Member::of).toList());
	}

	record Items(List<Member> items) {
	}

	record Member(String email, String name, @Nullable String jobTitle, String role, boolean active) {

		static Member of(StaffView view) {
			return new Member(view.email(), view.name(), view.jobTitle(), view.role().code(), view.active());
		}

	}

}
