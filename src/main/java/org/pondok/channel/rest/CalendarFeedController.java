package org.pondok.channel.rest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.pondok.channel.CalendarFeed;
import org.pondok.channel.CalendarFeeds;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The published calendars. No login: the token in the address is the key, so the answer
 * is private to caches, and an unknown or revoked token is a plain 404.
 */
@RestController
class CalendarFeedController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendars/{token}.ics")
	@Nullable ResponseEntity<String> feed(@PathVariable String token,
			@RequestHeader(name = HttpHeaders.USER_AGENT, required = false) @Nullable String client,
			WebRequest request) {
		Optional<CalendarFeed> opened = token.matches("[A-Za-z0-9_-]{22,100}") ? this.feeds.open(token, client)
				: Optional.empty();
		if (opened.isEmpty()) {
			return ResponseEntity.status(404).contentType(MediaType.TEXT_PLAIN).body("There is no such calendar.\n");
		}
		CalendarFeed feed = opened.get();
		if (request.checkNotModified(feed.etag(), feed.lastModified().toEpochMilli())) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.eTag(feed.etag())
			.lastModified(feed.lastModified())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"calendar.ics\"")
			.body(feed.body());
	}

}
