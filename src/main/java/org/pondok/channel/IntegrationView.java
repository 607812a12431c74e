package org.pondok.channel;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An integration as it may be shown: its secrets never are.
 */
public record IntegrationView(long id, IntegrationKind kind, String name, @Nullable String roomCode,
		@Nullable String importUrl, int syncIntervalMinutes, String status, @Nullable Instant lastSyncAt,
		@Nullable Instant lastSuccessAt, @Nullable String lastResult, @Nullable String lastError, boolean hasSecrets,
		Instant createdAt) {
}
