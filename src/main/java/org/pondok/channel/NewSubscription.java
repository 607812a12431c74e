package org.pondok.channel;

import org.jspecify.annotations.Nullable;

/**
 * A calendar feed to publish: {@code scope} is room (with {@code roomCode}), all,
 * arrivals or housekeeping.
 */
public record NewSubscription(String name, String scope, @Nullable String roomCode, @Nullable String clientKind,
		boolean includeGuestDetails) {
}
