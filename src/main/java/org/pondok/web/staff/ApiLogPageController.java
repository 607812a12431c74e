package org.pondok.web.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.Catalog;
import org.pondok.staff.ApiAccessLog;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The API access log with the filters of its API: status, method, part of the path, staff
 * e-mail, client, and a range of days in the property's time zone.
 */
@Controller
class ApiLogPageController {

	private static final int PAGE_SIZE = 50;

	private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

	private final ApiAccessLog log;

	private final Catalog catalog;

	private final AccountErrors errors;

	ApiLogPageController(ApiAccessLog log, Catalog catalog, AccountErrors errors) {
		this.log = log;
		this.catalog = catalog;
		this.errors = errors;
	}

	@GetMapping("/staff/api-logs")
	@PreAuthorize("hasAuthority('api-logs.read')")
	String search(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String method,
			@RequestParam(defaultValue = "") String path, @RequestParam(defaultValue = "") String user,
			@RequestParam(defaultValue = "") String client, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "1") int page, Locale locale,
			Model model) {
		ZoneId zone = this.catalog.zone();
		Map<String, String> problems = new LinkedHashMap<>();
		Integer statusCode = null;
		if (!status.isBlank()) {
			try {
				statusCode = Integer.valueOf(status.trim());
			}
			catch (NumberFormatException ex) {
				problems.put("status", this.errors.text("apiLogs.badStatus", locale));
			}
		}
		Instant start = day(from, zone, 0, "from", problems, locale);
		Instant end = day(to, zone, 1, "to", problems, locale);
		ApiAccessLog.ApiCallPage found = this.log.search(new ApiAccessLog.ApiCallSearch(statusCode,
				METHODS.contains(method) ? method : null, path, user, client, start, end), Math.max(0, page - 1),
				PAGE_SIZE);
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("status", status);
		filters.put("method", method);
		filters.put("path", path);
		filters.put("user", user);
		filters.put("client", client);
		filters.put("from", from);
		filters.put("to", to);
		model.addAttribute("filters", filters);
		model.addAttribute("methods", METHODS);
		model.addAttribute("found", found);
		model.addAttribute("pager", Pager.of("/staff/api-logs", filters, found.page(), found.total(), PAGE_SIZE, 1));
		model.addAttribute("zone", zone);
		model.addAttribute("errors", problems);
		return "staff/api-logs";
	}

	private @Nullable Instant day(String text, ZoneId zone, int plusDays, String field, Map<String, String> problems,
			Locale locale) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim()).plusDays(plusDays).atStartOfDay(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.put(field, this.errors.text("apiLogs.badDate", locale));
			return null;
		}
	}

}
