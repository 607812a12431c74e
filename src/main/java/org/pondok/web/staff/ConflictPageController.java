package org.pondok.web.staff;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pondok.channel.ChannelConflicts;
import org.pondok.channel.ChannelManagement;
import org.pondok.channel.ChannelRequestException;
import org.pondok.channel.ConflictNotOpenException;
import org.pondok.channel.ConflictView;
import org.pondok.channel.IntegrationView;
import org.pondok.shared.StayPeriod;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Nights an OTA feed blocks that someone else already holds: open ones first, each with
 * the unit and nights, who holds them (the booking linked to its page), the OTA's event,
 * and buttons to resolve it with a note of what was done or to dismiss it.
 */
@Controller
class ConflictPageController {

	static final int PAGE_SIZE = 25;

	private static final List<String> STATUSES = List.of("open", "resolved", "dismissed");

	private final ChannelConflicts conflicts;

	private final ChannelManagement channels;

	private final FrontDesk desk;

	private final MessageSource messages;

	ConflictPageController(ChannelConflicts conflicts, ChannelManagement channels, FrontDesk desk,
			MessageSource messages) {
		this.conflicts = conflicts;
		this.channels = channels;
		this.desk = desk;
		this.messages = messages;
	}

	@GetMapping("/staff/channels/conflicts")
	@PreAuthorize("hasAuthority('channels.read')")
	String conflicts(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String integration, @RequestParam(defaultValue = "0") String page,
			Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		String statusFilter = null;
		if (!BookingPageController.isBlank(status)) {
			if (STATUSES.contains(status.trim())) {
				statusFilter = status.trim();
			}
			else {
				errors.put("status", "channel.invalid.statusFilter");
			}
		}
		Map<Long, IntegrationView> integrations = new LinkedHashMap<>();
		this.channels.integrations().forEach((i) -> integrations.put(i.id(), i));
		Long integrationId = null;
		if (!BookingPageController.isBlank(integration)) {
			long id = BookingPageController.parseInt(integration);
			if (integrations.containsKey(id)) {
				integrationId = id;
			}
			else {
				errors.put("integration", "channel.invalid.integrationFilter");
			}
		}
		int pageNumber = Math.max(0, Math.min(100_000, BookingPageController.parseInt(page)));
		ChannelConflicts.ConflictPage found = this.conflicts.search(statusFilter, integrationId, pageNumber, PAGE_SIZE);
		model.addAttribute("found", found);
		model.addAttribute("rows", found.items().stream().map((c) -> Row.of(c, integrations)).toList());
		Filter filter = new Filter(statusFilter, (integrationId != null) ? String.valueOf(integrationId) : null);
		model.addAttribute("pager",
				Pager.of("/staff/channels/conflicts", filter, found.page(), found.total(), PAGE_SIZE, 0));
		model.addAttribute("filter", filter);
		model.addAttribute("errors", errors);
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("integrations", integrations.values());
		model.addAttribute("units", this.desk.units());
		model.addAttribute("zone", this.desk.zone());
		model.addAttribute("maxNote", ChannelConflicts.MAX_NOTE);
		return "staff/channels/conflicts";
	}

	@PostMapping("/staff/channels/conflicts/{id}/resolve")
	@PreAuthorize("hasAuthority('channels.write')")
	String resolve(@PathVariable long id, @RequestParam(required = false) @Nullable String resolution,
			Principal principal, RedirectAttributes redirect) {
		try {
			this.conflicts.resolve(id, resolution, principal.getName());
			redirect.addFlashAttribute("flash", text("channel.conflicts.resolved", id));
		}
		catch (ChannelRequestException ex) {
			if (ex.notFound()) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("flashError", text("channel.conflicts.noteNeeded", id));
			redirect.addFlashAttribute("noteError", id);
		}
		catch (ConflictNotOpenException ex) {
			redirect.addFlashAttribute("flashError", text("channel.conflicts.notOpen", id));
		}
		return "redirect:/staff/channels/conflicts#conflict-" + id;
	}

	@PostMapping("/staff/channels/conflicts/{id}/dismiss")
	@PreAuthorize("hasAuthority('channels.write')")
	String dismiss(@PathVariable long id, @RequestParam(required = false) @Nullable String note, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.conflicts.dismiss(id, note, principal.getName());
			redirect.addFlashAttribute("flash", text("channel.conflicts.dismissed", id));
		}
		catch (ChannelRequestException ex) {
			if (ex.notFound()) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("flashError", text("channel.conflicts.noteTooLong", id));
			redirect.addFlashAttribute("noteError", id);
		}
		catch (ConflictNotOpenException ex) {
			redirect.addFlashAttribute("flashError", text("channel.conflicts.notOpen", id));
		}
		return "redirect:/staff/channels/conflicts#conflict-" + id;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/**
	 * The filters as the page shows them again.
	 */
	record Filter(@Nullable String status, @Nullable String integration) {

	}

	/**
	 * A conflict as the page shows it: its nights as a stay, and for a night held by
	 * another feed's block, that feed.
	 */
	record Row(ConflictView conflict, StayPeriod nights, @Nullable IntegrationView otherFeed) {

		static Row of(ConflictView conflict, Map<Long, IntegrationView> integrations) {
			Long other = conflict.heldByIntegration();
			return new Row(conflict, new StayPeriod(conflict.start(), conflict.end()),
					(other != null) ? integrations.get(other) : null);
		}

	}

}
