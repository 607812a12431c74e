package org.pondok.system.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.Problems;
import org.pondok.system.AuditTrail;
import org.pondok.system.AuditTrail.AuditEntry;
import org.pondok.system.AuditTrail.AuditPage;
import org.pondok.system.AuditTrail.AuditSearch;

import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail, newest first. {@code from} and {@code to} are instants (ISO-8601 UTC)
 * or dates, read as whole UTC days: {@code to} includes its day.
 */
@RestController
class AuditRestController {

	private final AuditTrail audit;

	AuditRestController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/api/v1/audit-events")
	@PreAuthorize("hasAuthority('audit.read')")
	Events events(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String targetType,
			@RequestParam(required = false) @Nullable String targetId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (page < 0) {
			throw new BadFilterException("page", "must be 0 or more");
		}
		if (size < 1 || size > 200) {
			throw new BadFilterException("size", "must be between 1 and 200");
		}
		AuditSearch search = new AuditSearch(actor, action, targetType, targetId, instant("from", from, false),
				instant("to", to, true));
		AuditPage found = this.audit.search(search, page, size);
		return new Events(found.items().stream().map(Event::of).toList(), found.page(), found.size(), found.total());
	}

	@ExceptionHandler(BadFilterException.class)
	ProblemDetail badFilter(BadFilterException ex) {
		return Problems.validation(ex.field, ex.getMessage());
	}

	private static @Nullable Instant instant(String field, @Nullable String text, boolean end) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			if (text.length() == 10) {
				LocalDate date = LocalDate.parse(text);
				return (end ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadFilterException(field, "is a date (YYYY-MM-DD) or an ISO-8601 instant");
		}
	}

	record Events(List<Event> items, int page, int size, long total) {
	}

	record Event(long id, Instant occurredAt, String actor, String action, String targetType, @Nullable String targetId,
			@Nullable String details, @Nullable String remoteAddress) {

		static Event of(AuditEntry entry) {
			return new Event(entry.id(), entry.occurredAt(), entry.actor(), entry.action(), entry.targetType(),
					entry.targetId(), entry.details(), entry.remoteAddress());
		}

	}

	static class BadFilterException extends RuntimeException {

		private final String field;

		BadFilterException(String field, String message) {
			super(message);
			this.field = field;
		}

	}

}
