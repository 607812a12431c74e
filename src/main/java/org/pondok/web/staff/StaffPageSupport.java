package org.pondok.web.staff;

import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.Catalog;
import org.pondok.staff.Role;
import org.pondok.staff.StaffManagement;
import org.pondok.staff.StaffView;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every staff page needs: who is looking, and the villa's name for the header.
 */
@ControllerAdvice(basePackageClasses = StaffPageSupport.class)
class StaffPageSupport {

	private final StaffManagement staff;

	private final Catalog catalog;

	StaffPageSupport(StaffManagement staff, Catalog catalog) {
		this.staff = staff;
		this.catalog = catalog;
	}

	@ModelAttribute("me")
	@Nullable CurrentStaff me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getPrincipal())) {
			return null;
		}
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toUnmodifiableSet());
		StaffView member = this.staff.member(authentication.getName()).orElse(null);
		String name = (member != null) ? member.name() : authentication.getName();
		Role role = (member != null) ? member.role() : Role.STAFF;
		return new CurrentStaff(authentication.getName(), name, role, authorities);
	}

	@ModelAttribute("villaName")
	String villaName() {
		return this.catalog.findVilla().map((villa) -> villa.name()).orElse("Pondok");
	}

}
