package org.pondok.web.staff;

import org.pondok.system.SystemSettings;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every staff page whether guests currently see the maintenance notice
 * ({@code ${maintenance}}), so the frame can say so.
 */
@ControllerAdvice(basePackageClasses = MaintenanceBanner.class)
class MaintenanceBanner {

	private final SystemSettings settings;

	MaintenanceBanner(SystemSettings settings) {
		this.settings = settings;
	}

	@ModelAttribute("maintenance")
	boolean maintenance() {
		return this.settings.maintenance();
	}

}
