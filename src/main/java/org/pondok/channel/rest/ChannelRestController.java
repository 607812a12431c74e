package org.pondok.channel.rest;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.pondok.channel.CalendarSettingsRefusedException;
import org.pondok.channel.ChannelConflicts;
import org.pondok.channel.ChannelManagement;
import org.pondok.channel.ChannelRequestException;
import org.pondok.channel.ConflictNotOpenException;
import org.pondok.channel.ConflictView;
import org.pondok.channel.IntegrationChanges;
import org.pondok.channel.IntegrationKind;
import org.pondok.channel.IntegrationView;
import org.pondok.channel.NewIntegration;
import org.pondok.channel.NewSubscription;
import org.pondok.channel.SubscriptionView;
import org.pondok.channel.SyncRecord;
import org.pondok.channel.SyncResult;
import org.pondok.channel.SyncStatistics;
import org.pondok.channel.ChannelSync;
import org.pondok.shared.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ChannelRestController {

	private final ChannelManagement channels;

	private final ChannelSync sync;

	private final SyncStatistics statistics;

	private final ChannelConflicts conflicts;

	ChannelRestController(ChannelManagement channels, ChannelSync sync, SyncStatistics statistics,
			ChannelConflicts conflicts) {
		this.channels = channels;
		this.sync = sync;
		this.statistics = statistics;
		this.conflicts = conflicts;
	}

	/**
	 * Imports the feed now; {@code confirmDrop=true} applies a feed the mass-drop guard
	 * held.
	 */
	@PostMapping("/api/v1/integrations/{id}/sync")
	@PreAuthorize("hasAuthority('channels.write')")
	SyncResult syncNow(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmDrop,
			Principal principal) {
		return confirmDrop ? this.sync.confirmDrop(id, principal.getName())
				: this.sync.sync(id, "manual", principal.getName());
	}

	@GetMapping("/api/v1/integrations/{id}/sync-history")
	@PreAuthorize("hasAuthority('channels.read')")
	Items<SyncRecord> syncHistory(@PathVariable long id) {
		if (this.channels.integration(id).isEmpty()) {
			throw new NotFoundException("There is no integration " + id);
		}
		return new Items<>(this.sync.history(id, 200));
	}

	@GetMapping("/api/v1/integrations")
	@PreAuthorize("hasAuthority('channels.read')")
	Items<Integration> integrations() {
		Map<Long, SyncStatistics.Figures> figures = figures();
		return new Items<>(this.channels.integrations()
			.stream()
			.map((view) -> Integration.of(view, figures.get(view.id())))
			.toList());
	}

	@GetMapping("/api/v1/integrations/{id}")
	@PreAuthorize("hasAuthority('channels.read')")
	Integration integration(@PathVariable long id) {
		return this.channels.integration(id)
			.map((view) -> Integration.of(view, this.statistics.of(id).orElse(null)))
			.orElseThrow(() -> new NotFoundException("There is no integration " + id));
	}

	@PostMapping("/api/v1/integrations")
	@PreAuthorize("hasAuthority('channels.write')")
	ResponseEntity<Integration> add(@RequestBody @Valid IntegrationRequest body, Principal principal) {
		IntegrationKind kind = IntegrationKind.find(body.kind().trim().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new InvalidException("kind",
					"The kind is one of airbnb, booking_com, vrbo, expedia, agoda, google_calendar, outlook, ical, "
							+ "stripe, paypal, whatsapp, smtp"));
		IntegrationView added = this.channels.addIntegration(new NewIntegration(kind, body.name(), body.roomCode(),
				body.importUrl(), body.syncIntervalMinutes(), body.status(), null), principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/integrations/" + added.id()))
			.body(Integration.of(added, this.statistics.of(added.id()).orElse(null)));
	}

	@PutMapping("/api/v1/integrations/{id}")
	@PreAuthorize("hasAuthority('channels.write')")
	Integration change(@PathVariable long id, @RequestBody @Valid IntegrationChangeRequest body, Principal principal) {
		IntegrationView changed = this.channels.updateIntegration(id, new IntegrationChanges(body.name(),
				body.roomCode(), body.importUrl(), body.syncIntervalMinutes(), body.status()), principal.getName());
		return Integration.of(changed, this.statistics.of(id).orElse(null));
	}

	@GetMapping("/api/v1/calendar-subscriptions")
	@PreAuthorize("hasAuthority('channels.read')")
	Items<SubscriptionView> subscriptions() {
		return new Items<>(this.channels.subscriptions());
	}

	@PostMapping("/api/v1/calendar-subscriptions")
	@PreAuthorize("hasAuthority('channels.write')")
	ResponseEntity<SubscriptionView> subscribe(@RequestBody @Valid SubscriptionRequest body, Principal principal) {
		SubscriptionView created = this.channels.subscribe(new NewSubscription(body.name(), body.scope(),
				body.roomCode(), body.clientKind(), Boolean.TRUE.equals(body.includeGuestDetails())),
				principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/calendar-subscriptions/" + created.id())).body(created);
	}

	@DeleteMapping("/api/v1/calendar-subscriptions/{id}")
	@PreAuthorize("hasAuthority('channels.write')")
	ResponseEntity<Void> revoke(@PathVariable long id, Principal principal) {
		this.channels.revokeSubscription(id, principal.getName());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/calendar-settings")
	@PreAuthorize("hasAuthority('channels.read')")
	Items<ChannelManagement.CalendarSettingView> calendarSettings() {
		return new Items<>(this.channels.calendarSettings());
	}

	/**
	 * Changes one calendar setting: {@code {"value": …}}, checked against its type and
	 * range.
	 */
	@PutMapping("/api/v1/calendar-settings/{key}")
	@PreAuthorize("hasAuthority('channels.write')")
	ChannelManagement.CalendarSettingView changeCalendarSetting(@PathVariable String key,
			@RequestBody Map<String, @Nullable Object> body, Principal principal) {
		if (!body.containsKey("value")) {
			throw new InvalidException("value", "The body is {\"value\": …}");
		}
		return this.channels.updateCalendarSetting(key, body.get("value"), principal.getName());
	}

	/**
	 * Open conflicts first, then the newest.
	 */
	@GetMapping("/api/v1/channel-conflicts")
	@PreAuthorize("hasAuthority('channels.read')")
	Page<Conflict> conflicts(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Long integrationId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		if (page < 0 || page > 100_000) {
			throw new InvalidException("page", "The page is 0 to 100000");
		}
		if (size < 1 || size > 200) {
			throw new InvalidException("size", "The size is 1 to 200");
		}
		ChannelConflicts.ConflictPage found = this.conflicts.search(status, integrationId, page, size);
		return new Page<>(found.items().stream().map(Conflict::of).toList(), found.page(), found.size(), found.total());
	}

	@GetMapping("/api/v1/channel-conflicts/{id}")
	@PreAuthorize("hasAuthority('channels.read')")
	Conflict conflict(@PathVariable long id) {
		return this.conflicts.conflict(id)
			.map(Conflict::of)
			.orElseThrow(() -> new NotFoundException("There is no conflict " + id));
	}

	/**
	 * Closes an open conflict with what was done about it.
	 */
	@PostMapping("/api/v1/channel-conflicts/{id}/resolve")
	@PreAuthorize("hasAuthority('channels.write')")
	Conflict resolve(@PathVariable long id, @RequestBody @Valid ResolveRequest body, Principal principal) {
		return Conflict.of(this.conflicts.resolve(id, body.resolution(), principal.getName()));
	}

	/**
	 * Closes an open conflict that needs nothing done; a {@code note} is optional.
	 */
	@PostMapping("/api/v1/channel-conflicts/{id}/dismiss")
	@PreAuthorize("hasAuthority('channels.write')")
	Conflict dismiss(@PathVariable long id, @RequestBody(required = false) @Nullable @Valid DismissRequest body,
			Principal principal) {
		return Conflict.of(this.conflicts.dismiss(id, (body != null) ? body.note() : null, principal.getName()));
	}

	@ExceptionHandler(ChannelRequestException.class)
	ProblemDetail refused(ChannelRequestException ex) {
		return ex.notFound() ? Problems.notFound(ex.getMessage()) : Problems.validation(ex.field(), ex.getMessage());
	}

	@ExceptionHandler(ConflictNotOpenException.class)
	ProblemDetail notOpen(ConflictNotOpenException ex) {
		return Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict not open", ex.getMessage());
	}

	@ExceptionHandler(CalendarSettingsRefusedException.class)
	ProblemDetail refusedSettings(CalendarSettingsRefusedException ex) {
		return Problems.validation(ex.getMessage(),
				ex.refusals()
					.stream()
					.map((refusal) -> new Problems.FieldProblem("value", refusal.message()))
					.toList());
	}

	private Map<Long, SyncStatistics.Figures> figures() {
		Map<Long, SyncStatistics.Figures> figures = new java.util.HashMap<>();
		this.statistics.all().forEach((feed) -> figures.put(feed.integrationId(), feed));
		return figures;
	}

	@ExceptionHandler(InvalidException.class)
	ProblemDetail invalid(InvalidException ex) {
		return Problems.validation(ex.field, ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return Problems.notFound(ex.getMessage());
	}

	record Items<T>(List<T> items) {
	}

	record Page<T>(List<T> items, int page, int size, long total) {
	}

	/**
	 * An integration with how its imports went lately ({@code statistics}).
	 */
	record Integration(long id, String kind, String category, String name, @Nullable String roomCode,
			@Nullable String importUrl, int syncIntervalMinutes, String status, @Nullable Instant lastSyncAt,
			@Nullable Instant lastSuccessAt, @Nullable String lastResult, @Nullable String lastError,
			boolean hasSecrets, @Nullable Statistics statistics) {

		static Integration of(IntegrationView view, SyncStatistics.@Nullable Figures figures) {
			return new Integration(view.id(), view.kind().code(), view.kind().category(), view.name(), view.roomCode(),
					view.importUrl(), view.syncIntervalMinutes(), view.status(), view.lastSyncAt(),
					view.lastSuccessAt(), view.lastResult(), view.lastError(), view.hasSecrets(),
					(figures != null) ? Statistics.of(figures) : null);
		}

	}

	/**
	 * The last 100 import runs of the last 7 days: how many, the share that imported
	 * well, nearest-rank duration percentiles; and the age of the last good import.
	 */
	record Statistics(int runs, @Nullable Double successRate, @Nullable Integer durationP50Ms,
			@Nullable Integer durationP95Ms, @Nullable Integer lastDurationMs, @Nullable Instant lastRunAt,
			@Nullable Instant lastGoodImportAt, @Nullable Long stalenessSeconds, boolean stale, boolean failing,
			int consecutiveFailures, long openConflicts) {

		static Statistics of(SyncStatistics.Figures figures) {
			return new Statistics(figures.runs(), figures.successRate(), figures.durationP50Ms(),
					figures.durationP95Ms(), figures.lastDurationMs(), figures.lastRunAt(), figures.lastGoodImport(),
					(figures.staleness() != null) ? figures.staleness().toSeconds() : null, figures.stale(),
					figures.failing(), figures.consecutiveFailures(), figures.openConflicts());
		}

	}

	record Conflict(long id, long integrationId, String integrationName, String kind, @Nullable String uid, long unitId,
			LocalDate start, LocalDate end, String heldBy, String heldByRef, @Nullable String summary, String status,
			Instant detectedAt, @Nullable Instant resolvedAt, @Nullable String resolvedBy,
			@Nullable String resolution) {

		static Conflict of(ConflictView view) {
			return new Conflict(view.id(), view.integrationId(), view.integrationName(), view.kind().code(), view.uid(),
					view.unitId(), view.start(), view.end(), view.heldBy(), view.heldByRef(), view.summary(),
					view.status(), view.detectedAt(), view.resolvedAt(), view.resolvedBy(), view.resolution());
		}

	}

	record ResolveRequest(@NotBlank @Size(max = ChannelConflicts.MAX_NOTE) String resolution) {
	}

	record DismissRequest(@Nullable @Size(max = ChannelConflicts.MAX_NOTE) String note) {
	}

	record IntegrationRequest(@NotBlank @Size(max = 32) String kind, @NotBlank @Size(max = 200) String name,
			@Nullable @Size(max = 32) String roomCode, @Nullable @Size(max = 2000) String importUrl,
			@Nullable Integer syncIntervalMinutes, @Nullable @Size(max = 16) String status) {
	}

	record IntegrationChangeRequest(@Nullable @Size(max = 200) String name, @Nullable @Size(max = 32) String roomCode,
			@Nullable @Size(max = 2000) String importUrl, @Nullable Integer syncIntervalMinutes,
			@Nullable @Size(max = 16) String status) {
	}

	record SubscriptionRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 16) String scope,
			@Nullable @Size(max = 32) String roomCode, @Nullable @Size(max = 32) String clientKind,
			@Nullable Boolean includeGuestDetails) {
	}

	static class InvalidException extends RuntimeException {

		private final String field;

		InvalidException(String field, String message) {
			super(message);
			this.field = field;
		}

	}

	static class NotFoundException extends RuntimeException {

		NotFoundException(String message) {
			super(message);
		}

	}

}
