package org.pondok.web.staff;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pondok.channel.ChannelManagement;
import org.pondok.channel.SyncHistory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every recorded sync run, newest first, filtered by integration, result, direction and
 * the days it started on (in the property's time zone).
 */
@Controller
class SyncHistoryPageController {

	static final int PAGE_SIZE = 50;

	private final SyncHistory history;

	private final ChannelManagement channels;

	private final FrontDesk desk;

	SyncHistoryPageController(SyncHistory history, ChannelManagement channels, FrontDesk desk) {
		this.history = history;
		this.channels = channels;
		this.desk = desk;
	}

	@GetMapping("/staff/channels/history")
	@PreAuthorize("hasAuthority('channels.read')")
	String history(@RequestParam(required = false) @Nullable String integration,
			@RequestParam(required = false) @Nullable String result,
			@RequestParam(required = false) @Nullable String direction,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") String page, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		Long integrationId = null;
		if (!BookingPageController.isBlank(integration)) {
			long id = BookingPageController.parseInt(integration);
			if (this.channels.integration(id).isPresent()) {
				integrationId = id;
			}
			else {
				errors.put("integration", "channel.invalid.integrationFilter");
			}
		}
		String resultFilter = choice(result, SyncHistory.RESULTS, "result", errors);
		String directionFilter = choice(direction, SyncHistory.DIRECTIONS, "direction", errors);
		LocalDate fromDate = BookingPageController.parse(from, LocalDate::parse, "from", errors);
		LocalDate toDate = BookingPageController.parse(to, LocalDate::parse, "to", errors);
		int pageNumber = Math.max(0, Math.min(100_000, BookingPageController.parseInt(page)));
		ZoneId zone = this.desk.zone();
		SyncHistory.RunPage found = this.history.search(
				new SyncHistory.RunSearch(integrationId, resultFilter, directionFilter,
						(fromDate != null) ? fromDate.atStartOfDay(zone).toInstant() : null,
						(toDate != null) ? toDate.plusDays(1).atStartOfDay(zone).toInstant() : null),
				pageNumber, PAGE_SIZE);
		model.addAttribute("found", found);
		Filter filter = new Filter((integrationId != null) ? String.valueOf(integrationId) : null, resultFilter,
				directionFilter, fromDate, toDate);
		model.addAttribute("pager",
				Pager.of("/staff/channels/history", filter, found.page(), found.total(), PAGE_SIZE, 0));
		model.addAttribute("filter", filter);
		model.addAttribute("errors", errors);
		model.addAttribute("integrations", this.channels.integrations());
		model.addAttribute("results", SyncHistory.RESULTS);
		model.addAttribute("directions", SyncHistory.DIRECTIONS);
		model.addAttribute("zone", zone);
		return "staff/channels/history";
	}

	private static @Nullable String choice(@Nullable String value, java.util.List<String> known, String field,
			Map<String, String> errors) {
		if (BookingPageController.isBlank(value)) {
			return null;
		}
		String wanted = value.trim().toLowerCase(java.util.Locale.ROOT);
		if (!known.contains(wanted)) {
			errors.put(field, "channel.invalid." + field + "Filter");
			return null;
		}
		return wanted;
	}

	/**
	 * The filters as the page shows them again; the dates are both included.
	 */
	record Filter(@Nullable String integration, @Nullable String result, @Nullable String direction,
			@Nullable LocalDate from, @Nullable LocalDate to) {

	}

}
