package org.pondok.channel;

import java.time.Instant;

/**
 * A published calendar as served: its iCalendar text, an ETag that changes exactly when
 * the text does, and when the text last changed.
 */
public record CalendarFeed(String body, String etag, Instant lastModified) {
}
