package org.pondok.staff.rest;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pondok.staff.ApiAccessLog;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ApiAccessLogRestController {

	private final ApiAccessLog log;

	ApiAccessLogRestController(ApiAccessLog log) {
		this.log = log;
	}

	/**
	 * The API calls, newest first, filtered by status, method, part of the path, staff
	 * e-mail, client and time ({@code from} inclusive, {@code to} exclusive, ISO-8601
	 * instants).
	 */
	@GetMapping("/api/v1/api-access-logs")
	@PreAuthorize("hasAuthority('api-logs.read')")
	Page search(@RequestParam(required = false) @Nullable Integer status,
			@RequestParam(required = false) @Nullable String method,
			@RequestParam(required = false) @Nullable String path,
			@RequestParam(required = false) @Nullable String user,
			@RequestParam(required = false) @Nullable String client,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		ApiAccessLog.ApiCallPage found = this.log
			.search(new ApiAccessLog.ApiCallSearch(status, method, path, user, client, from, to), page, size);
		return new Page(found.items().stream().map(Item::of).toList(), found.page(), found.size(), found.total());
	}

	record Page(List<Item> items, int page, int size, long total) {
	}

	record Item(Instant occurredAt, String client, @Nullable String user, String method, String path, int status,
			int durationMs, @Nullable String userAgent, @Nullable String remoteAddress) {

		static Item of(ApiAccessLog.ApiCall call) {
			return new Item(call.occurredAt(), call.client(), call.userEmail(), call.method(), call.path(),
					call.status(), call.durationMillis(), call.userAgent(), call.remoteAddress());
		}

	}

}
