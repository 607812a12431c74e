package org.pondok.channel;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One recorded sync run of an integration.
 */
public record SyncRecord(long id, String direction, String trigger, Instant startedAt, int durationMs,
		@Nullable Integer httpStatus, @Nullable Long bytes, String result, int seen, int added, int changed,
		int removed, int conflicts, @Nullable String error) {
}
