package org.pondok.channel;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A calendar feed someone subscribes to, with the link that reaches it.
 *
 * @param lastClient the user agent of the last fetch
 */
public record SubscriptionView(long id, String name, String scope, @Nullable String roomCode, String clientKind,
		boolean includeGuestDetails, boolean active, String url, String webcalUrl, Instant createdAt,
		@Nullable Instant lastFetchedAt, long fetchCount, @Nullable String lastClient) {
}
