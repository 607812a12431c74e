package org.pondok.web.staff;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.pondok.catalog.Catalog;
import org.pondok.channel.ChannelManagement;
import org.pondok.channel.ChannelRequestException;
import org.pondok.channel.ChannelSync;
import org.pondok.channel.IntegrationChanges;
import org.pondok.channel.IntegrationKind;
import org.pondok.channel.IntegrationView;
import org.pondok.channel.NewIntegration;
import org.pondok.channel.SyncHistory;
import org.pondok.channel.SyncResult;
import org.pondok.channel.SyncStatistics;

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
 * The integrations with how their imports go: status, staleness, success rate and
 * durations; one integration's page with its recent runs; "Sync now" (and "Apply anyway"
 * when the mass-drop guard held a feed); and the forms that add and change an
 * integration. The import address is checked by the same rules as the API's.
 */
@Controller
class IntegrationPageController {

	static final int RECENT_RUNS = 10;

	private static final List<String> FORM_STATUSES = List.of("active", "paused");

	private final ChannelManagement channels;

	private final ChannelSync sync;

	private final SyncStatistics statistics;

	private final SyncHistory history;

	private final Catalog catalog;

	private final MessageSource messages;

	private final Clock clock;

	IntegrationPageController(ChannelManagement channels, ChannelSync sync, SyncStatistics statistics,
			SyncHistory history, Catalog catalog, MessageSource messages, Clock clock) {
		this.channels = channels;
		this.sync = sync;
		this.statistics = statistics;
		this.history = history;
		this.catalog = catalog;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/staff/channels")
	@PreAuthorize("hasAuthority('channels.read')")
	String list(Model model) {
		Map<Long, SyncStatistics.Figures> figures = new LinkedHashMap<>();
		this.statistics.all().forEach((feed) -> figures.put(feed.integrationId(), feed));
		Instant now = this.clock.instant();
		model.addAttribute("rows",
				this.channels.integrations()
					.stream()
					.map((integration) -> Row.of(integration, figures.get(integration.id()), now))
					.toList());
		model.addAttribute("rooms", roomNames());
		model.addAttribute("zone", this.catalog.zone());
		return "staff/channels/integrations";
	}

	@GetMapping("/staff/channels/new")
	@PreAuthorize("hasAuthority('channels.write')")
	String blank(Model model) {
		return form(null, new IntegrationForm("airbnb", null, null, null,
				String.valueOf(this.channels.defaultInterval()), "active"), Map.of(), null, model);
	}

	@PostMapping("/staff/channels")
	@PreAuthorize("hasAuthority('channels.write')")
	String create(IntegrationForm form, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		IntegrationKind kind = IntegrationKind.find(lower(form.kind())).orElse(null);
		if (kind == null) {
			errors.put("kind", "channel.invalid.kind");
		}
		Checked checked = check(form, (kind != null) && kind.importsFeed(), errors);
		String detail = checked.detail();
		if (errors.isEmpty()) {
			try {
				IntegrationView added = this.channels.addIntegration(new NewIntegration(kind, checked.name(),
						checked.room(), checked.importUrl(), checked.interval(), checked.status(), null),
						principal.getName());
				redirect.addFlashAttribute("flash", text("channel.integration.added", added.name()));
				return "redirect:/staff/channels/" + added.id();
			}
			catch (ChannelRequestException ex) {
				errors.put(field(ex.field()), "channel.invalid." + field(ex.field()));
				detail = ex.getMessage();
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(null, form, errors, detail, model);
	}

	@GetMapping("/staff/channels/{id}")
	@PreAuthorize("hasAuthority('channels.read')")
	String show(@PathVariable long id, Model model) {
		IntegrationView integration = find(id);
		return form(integration, IntegrationForm.of(integration), Map.of(), null, model);
	}

	@PostMapping("/staff/channels/{id}")
	@PreAuthorize("hasAuthority('channels.write')")
	String update(@PathVariable long id, IntegrationForm form, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		IntegrationView integration = find(id);
		Map<String, String> errors = new LinkedHashMap<>();
		Checked checked = check(form, integration.kind().importsFeed(), errors);
		String detail = checked.detail();
		if (errors.isEmpty()) {
			try {
				IntegrationView changed = this.channels.updateIntegration(id,
						new IntegrationChanges(checked.name(), (checked.room() != null) ? checked.room() : "",
								(checked.importUrl() != null) ? checked.importUrl() : null, checked.interval(),
								checked.status()),
						principal.getName());
				redirect.addFlashAttribute("flash", text("channel.integration.saved", changed.name()));
				return "redirect:/staff/channels/" + id;
			}
			catch (ChannelRequestException ex) {
				errors.put(field(ex.field()), "channel.invalid." + field(ex.field()));
				detail = ex.getMessage();
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(integration, form, errors, detail, model);
	}

	/**
	 * Imports the feed now and shows what the run did.
	 */
	@PostMapping("/staff/channels/{id}/sync")
	@PreAuthorize("hasAuthority('channels.write')")
	String syncNow(@PathVariable long id, @RequestParam(required = false) @Nullable String back, Principal principal,
			RedirectAttributes redirect) {
		IntegrationView integration = find(id);
		report(integration, this.sync.sync(id, "manual", principal.getName()), redirect);
		return back(id, back);
	}

	/**
	 * Imports the feed now and applies it even though it drops most of its nights.
	 */
	@PostMapping("/staff/channels/{id}/confirm-drop")
	@PreAuthorize("hasAuthority('channels.write')")
	String confirmDrop(@PathVariable long id, @RequestParam(required = false) @Nullable String back,
			Principal principal, RedirectAttributes redirect) {
		IntegrationView integration = find(id);
		report(integration, this.sync.confirmDrop(id, principal.getName()), redirect);
		return back(id, back);
	}

	private void report(IntegrationView integration, SyncResult result, RedirectAttributes redirect) {
		switch (result.result()) {
			case "failed" -> redirect.addFlashAttribute("flashError",
					text("channel.sync.failed", integration.name(), String.valueOf(result.error())));
			case "not_modified" ->
				redirect.addFlashAttribute("flash", text("channel.sync.notModified", integration.name()));
			case "held" -> redirect.addFlashAttribute("flashError", text("channel.sync.held", integration.name()));
			default -> redirect.addFlashAttribute("flash", text("channel.sync.done", integration.name(), result.added(),
					result.changed(), result.removed(), result.conflicts()));
		}
		if (result.conflicts() > 0 && !"failed".equals(result.result())) {
			redirect.addFlashAttribute("syncConflicts", result.conflicts());
		}
		if (result.error() != null && !"failed".equals(result.result())) {
			redirect.addFlashAttribute("syncNotes", result.error());
		}
	}

	private static String back(long id, @Nullable String back) {
		return "detail".equals(back) ? "redirect:/staff/channels/" + id : "redirect:/staff/channels";
	}

	private String form(@Nullable IntegrationView integration, IntegrationForm form, Map<String, String> errors,
			@Nullable String detail, Model model) {
		model.addAttribute("integration", integration);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("detail", detail);
		model.addAttribute("kinds", IntegrationKind.values());
		model.addAttribute("statuses", statuses(integration));
		model.addAttribute("rooms", this.catalog.rooms());
		model.addAttribute("minInterval", String.valueOf(ChannelManagement.MIN_INTERVAL));
		model.addAttribute("maxInterval", String.valueOf(ChannelManagement.MAX_INTERVAL));
		model.addAttribute("zone", this.catalog.zone());
		if (integration != null) {
			Optional<SyncStatistics.Figures> figures = this.statistics.of(integration.id());
			model.addAttribute("row", Row.of(integration, figures.orElse(null), this.clock.instant()));
			model.addAttribute("runs",
					this.history
						.search(new SyncHistory.RunSearch(integration.id(), null, null, null, null), 0, RECENT_RUNS)
						.items());
		}
		return (integration != null) ? "staff/channels/integration" : "staff/channels/new-integration";
	}

	private static List<String> statuses(@Nullable IntegrationView integration) {
		if (integration == null || FORM_STATUSES.contains(integration.status())) {
			return FORM_STATUSES;
		}
		return List.of(integration.status(), "active", "paused");
	}

	/**
	 * Checks every field at once, so the page shows every error together; the import
	 * address by the rules the API uses.
	 */
	private Checked check(IntegrationForm form, boolean importsFeed, Map<String, String> errors) {
		String name = BookingPageController.clip(form.name(), 10_000);
		if (name == null) {
			errors.put("name", "channel.invalid.name");
		}
		else if (name.length() > 200) {
			errors.put("name", "channel.invalid.nameLength");
		}
		String room = BookingPageController.isBlank(form.room()) ? null : form.room().trim();
		if (room != null && this.catalog.room(room).isEmpty()) {
			errors.put("room", "channel.invalid.room");
		}
		else if (room == null && importsFeed) {
			errors.put("room", "channel.invalid.roomRequired");
		}
		String importUrl = null;
		String detail = null;
		if (!BookingPageController.isBlank(form.importUrl())) {
			try {
				importUrl = this.channels.checkImportUrl(form.importUrl());
			}
			catch (ChannelRequestException ex) {
				errors.put("importUrl", "channel.invalid.importUrl");
				detail = ex.getMessage();
			}
		}
		else if (importsFeed) {
			errors.put("importUrl", "channel.invalid.importUrlRequired");
		}
		Integer interval = null;
		try {
			interval = Integer.valueOf(String.valueOf(form.interval()).trim());
			if (interval < ChannelManagement.MIN_INTERVAL || interval > ChannelManagement.MAX_INTERVAL) {
				errors.put("interval", "channel.invalid.interval");
			}
		}
		catch (NumberFormatException ex) {
			errors.put("interval", "channel.invalid.interval");
		}
		String status = lower(form.status());
		if (!List.of("active", "paused", "error", "disabled").contains(status)) {
			errors.put("status", "channel.invalid.status");
		}
		return new Checked(name, room, importUrl, interval, status, detail);
	}

	private static String field(String field) {
		return switch (field) {
			case "roomCode" -> "room";
			case "syncIntervalMinutes" -> "interval";
			case "importUrl", "name", "status", "kind" -> field;
			default -> "name";
		};
	}

	private Map<String, String> roomNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.catalog.rooms().forEach((room) -> names.put(room.code(), room.name()));
		return names;
	}

	private IntegrationView find(long id) {
		return this.channels.integration(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static String lower(@Nullable String value) {
		return (value == null) ? "" : value.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * The integration form as typed.
	 */
	record IntegrationForm(@Nullable String kind, @Nullable String name, @Nullable String room,
			@Nullable String importUrl, @Nullable String interval, @Nullable String status) {

		static IntegrationForm of(IntegrationView integration) {
			return new IntegrationForm(integration.kind().code(), integration.name(), integration.roomCode(),
					integration.importUrl(), String.valueOf(integration.syncIntervalMinutes()), integration.status());
		}

	}

	private record Checked(@Nullable String name, @Nullable String room, @Nullable String importUrl,
			@Nullable Integer interval, String status, @Nullable String detail) {
	}

	/**
	 * An integration with its figures as the list shows them.
	 */
	record Row(IntegrationView integration, SyncStatistics.@Nullable Figures figures, @Nullable Ago lastSync,
			@Nullable Ago staleness) {

		static Row of(IntegrationView integration, SyncStatistics.@Nullable Figures figures, Instant now) {
			return new Row(integration, figures,
					Ago.of((integration.lastSyncAt() != null) ? Duration.between(integration.lastSyncAt(), now) : null),
					Ago.of((figures != null) ? figures.staleness() : null));
		}

		public boolean stale() {
			return this.figures != null && this.figures.stale();
		}

		public boolean failing() {
			return this.figures != null && this.figures.failing();
		}

		public boolean held() {
			return "held".equals(this.integration.lastResult());
		}

		public boolean canSync() {
			return this.integration.importUrl() != null && this.integration.roomCode() != null;
		}

		public @Nullable Long successPercent() {
			return (this.figures != null && this.figures.successRate() != null)
					? Math.round(this.figures.successRate() * 100) : null;
		}

	}

}
