package org.pondok.web.staff;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.pondok.catalog.Catalog;
import org.pondok.channel.ChannelManagement;
import org.pondok.channel.ChannelRequestException;
import org.pondok.channel.NewSubscription;
import org.pondok.channel.SubscriptionView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar feeds Pondok publishes: a room's feed for an OTA to import, and the staff
 * feeds (all rooms, arrivals, housekeeping) for calendar apps. Each shows its https link
 * and its webcal:// link to copy, who fetched it last and how often; staff publish new
 * ones and revoke old ones.
 */
@Controller
class SubscriptionPageController {

	static final List<String> SCOPES = List.of("room", "all", "arrivals", "housekeeping");

	static final List<String> CLIENTS = List.of("airbnb", "booking_com", "vrbo", "expedia", "agoda", "google", "apple",
			"outlook", "android", "other");

	private final ChannelManagement channels;

	private final Catalog catalog;

	private final MessageSource messages;

	SubscriptionPageController(ChannelManagement channels, Catalog catalog, MessageSource messages) {
		this.channels = channels;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping("/staff/channels/feeds")
	@PreAuthorize("hasAuthority('channels.read')")
	String feeds(Model model) {
		return page(new FeedForm(null, "room", null, "other", null), Map.of(), model);
	}

	@PostMapping("/staff/channels/feeds")
	@PreAuthorize("hasAuthority('channels.write')")
	String publish(FeedForm form, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		String name = BookingPageController.clip(form.name(), 10_000);
		if (name == null || name.length() > 200) {
			errors.put("name", "channel.invalid.feedName");
		}
		String scope = BookingPageController.isBlank(form.scope()) ? "" : form.scope().trim();
		if (!SCOPES.contains(scope)) {
			errors.put("scope", "channel.invalid.scope");
		}
		String room = BookingPageController.isBlank(form.room()) ? null : form.room().trim();
		if (scope.equals("room") && (room == null || this.catalog.room(room).isEmpty())) {
			errors.put("room", "channel.invalid.feedRoom");
		}
		if (!scope.equals("room")) {
			room = null;
		}
		String client = BookingPageController.isBlank(form.client()) ? "other" : form.client().trim();
		if (!CLIENTS.contains(client)) {
			errors.put("client", "channel.invalid.client");
		}
		if (errors.isEmpty()) {
			try {
				SubscriptionView created = this.channels.subscribe(
						new NewSubscription(name, scope, room, client, form.guestDetails() != null),
						principal.getName());
				redirect.addFlashAttribute("flash", text("channel.feeds.published", created.name()));
				redirect.addFlashAttribute("publishedFeed", created.id());
				return "redirect:/staff/channels/feeds#feed-" + created.id();
			}
			catch (ChannelRequestException ex) {
				errors.put(ex.field().equals("roomCode") ? "room" : "name",
						ex.field().equals("roomCode") ? "channel.invalid.feedRoom" : "channel.invalid.feedName");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(form, errors, model);
	}

	@PostMapping("/staff/channels/feeds/{id}/revoke")
	@PreAuthorize("hasAuthority('channels.write')")
	String revoke(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		try {
			this.channels.revokeSubscription(id, principal.getName());
			redirect.addFlashAttribute("flash", text("channel.feeds.revoked"));
		}
		catch (ChannelRequestException ex) {
			redirect.addFlashAttribute("flashError", text("channel.feeds.unknown"));
		}
		return "redirect:/staff/channels/feeds";
	}

	private String page(FeedForm form, Map<String, String> errors, Model model) {
		Map<String, String> rooms = new LinkedHashMap<>();
		this.catalog.rooms().forEach((room) -> rooms.put(room.code(), room.name()));
		model.addAttribute("feeds", this.channels.subscriptions());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("rooms", rooms);
		model.addAttribute("scopes", SCOPES);
		model.addAttribute("clients", CLIENTS);
		model.addAttribute("webcal",
				Boolean.parseBoolean(this.channels.calendarSetting("export.webcal_enabled", "true")));
		model.addAttribute("zone", this.catalog.zone());
		return "staff/channels/feeds";
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/**
	 * The publish form as typed: {@code guestDetails} is present when ticked.
	 */
	record FeedForm(@Nullable String name, @Nullable String scope, @Nullable String room, @Nullable String client,
			@Nullable String guestDetails) {
	}

}
