package org.pondok.channel.rest;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.pondok.channel.ChannelManagement;
import org.pondok.channel.ChannelRequestException;
import org.pondok.channel.IntegrationChanges;
import org.pondok.channel.IntegrationKind;
import org.pondok.channel.IntegrationView;
import org.pondok.channel.NewIntegration;
import org.pondok.channel.NewSubscription;
import org.pondok.channel.SubscriptionView;
import org.pondok.channel.SyncRecord;
import org.pondok.channel.SyncResult;
import org.pondok.channel.ChannelSync;
import org.pondok.shared.Problems;

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

	ChannelRestController(ChannelManagement channels, ChannelSync sync) {
		this.channels = channels;
		this.sync = sync;
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
		return new Items<>(this.channels.integrations().stream().map(Integration::of).toList());
	}

	@GetMapping("/api/v1/integrations/{id}")
	@PreAuthorize("hasAuthority('channels.read')")
	Integration integration(@PathVariable long id) {
		return this.channels.integration(id)
			.map(Integration::of)
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
		return ResponseEntity.created(URI.create("/api/v1/integrations/" + added.id())).body(Integration.of(added));
	}

	@PutMapping("/api/v1/integrations/{id}")
	@PreAuthorize("hasAuthority('channels.write')")
	Integration change(@PathVariable long id, @RequestBody @Valid IntegrationChangeRequest body, Principal principal) {
		return Integration.of(this.channels.updateIntegration(id, new IntegrationChanges(body.name(), body.roomCode(),
				body.importUrl(), body.syncIntervalMinutes(), body.status()), principal.getName()));
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

	@ExceptionHandler(ChannelRequestException.class)
	ProblemDetail refused(ChannelRequestException ex) {
		return ex.notFound() ? Problems.notFound(ex.getMessage()) : Problems.validation(ex.field(), ex.getMessage());
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

	record Integration(long id, String kind, String category, String name, @Nullable String roomCode,
			@Nullable String importUrl, int syncIntervalMinutes, String status, @Nullable Instant lastSyncAt,
			@Nullable Instant lastSuccessAt, @Nullable String lastResult, @Nullable String lastError,
			boolean hasSecrets) {

		static Integration of(IntegrationView view) {
			return new Integration(view.id(), view.kind().code(), view.kind().category(), view.name(), view.roomCode(),
					view.importUrl(), view.syncIntervalMinutes(), view.status(), view.lastSyncAt(),
					view.lastSuccessAt(), view.lastResult(), view.lastError(), view.hasSecrets());
		}

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
