package org.pondok.channel;

import org.jspecify.annotations.Nullable;

/**
 * Changes to an integration; a {@code null} leaves that part as it is.
 */
public record IntegrationChanges(@Nullable String name, @Nullable String roomCode, @Nullable String importUrl,
		@Nullable Integer syncIntervalMinutes, @Nullable String status) {
}
