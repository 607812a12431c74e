package org.pondok.web.staff;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.pondok.catalog.Catalog;
import org.pondok.system.AuditTrail;
import org.pondok.system.AuditTrail.AuditPage;
import org.pondok.system.AuditTrail.AuditSearch;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail, newest first, filtered by actor, action, target and property dates.
 */
@Controller
class AuditPageController {

	private static final int SIZE = 50;

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditTrail audit;

	private final Catalog catalog;

	AuditPageController(AuditTrail audit, Catalog catalog) {
		this.audit = audit;
		this.catalog = catalog;
	}

	@GetMapping("/staff/audit")
	@PreAuthorize("hasAuthority('audit.read')")
	String audit(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String targetType,
			@RequestParam(required = false) @Nullable String targetId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String page, Model model, HttpServletResponse response) {
		ZoneId zone = this.catalog.zone();
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate fromDate = date("from", from, errors);
		LocalDate toDate = date("to", to, errors);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.put("to", "audit.error.order");
		}
		Filters filters = new Filters(text(actor), text(action), text(targetType), text(targetId), text(from),
				text(to));
		model.addAttribute("filters", filters);
		model.addAttribute("errors", errors);
		model.addAttribute("zone", zone.getId());
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("rows", List.of());
			return "staff/audit";
		}
		int number = pageNumber(page);
		AuditSearch search = new AuditSearch(filters.actor(), filters.action(), filters.targetType(),
				filters.targetId(), (fromDate != null) ? fromDate.atStartOfDay(zone).toInstant() : null,
				(toDate != null) ? toDate.plusDays(1).atStartOfDay(zone).toInstant() : null);
		AuditPage found = this.audit.search(search, number - 1, SIZE);
		model.addAttribute("rows", found.items()
			.stream()
			.map((entry) -> new Row(SHOWN.format(entry.occurredAt().atZone(zone)), entry.actor(), entry.action(),
					entry.targetType(), entry.targetId(), entry.details(), entry.remoteAddress()))
			.toList());
		model.addAttribute("pager", Pager.of("/staff/audit", filters, number - 1, found.total(), SIZE, 1));
		return "staff/audit";
	}

	private static @Nullable LocalDate date(String field, @Nullable String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "audit.error.date");
			return null;
		}
	}

	private static int pageNumber(@Nullable String text) {
		try {
			return (text == null) ? 1 : Math.max(1, Integer.parseInt(text.trim()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static @Nullable String text(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/**
	 * The filters as entered, blank ones as {@code null}.
	 */
	record Filters(@Nullable String actor, @Nullable String action, @Nullable String targetType,
			@Nullable String targetId, @Nullable String from, @Nullable String to) {

	}

	/**
	 * One entry as the page shows it, its time in the property's zone.
	 */
	record Row(String occurredAt, String actor, String action, String targetType, @Nullable String targetId,
			@Nullable String details, @Nullable String remoteAddress) {
	}

}
