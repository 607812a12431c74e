package org.pondok.notification.rest;

import java.util.List;

import org.pondok.notification.NotificationTemplates;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NotificationTemplateRestController {

	private final NotificationTemplates templates;

	NotificationTemplateRestController(NotificationTemplates templates) {
		this.templates = templates;
	}

	@GetMapping("/api/v1/notification-templates")
	@PreAuthorize("hasAuthority('templates.read')")
	Items all() {
		return new Items(this.templates.all());
	}

	record Items(List<NotificationTemplates.TemplateView> items) {
	}

}
