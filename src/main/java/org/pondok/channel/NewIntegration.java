package org.pondok.channel;

import org.jspecify.annotations.Nullable;

/**
 * An integration to add; {@code secrets} (API keys, tokens) are stored encrypted and
 * never shown again.
 */
public record NewIntegration(IntegrationKind kind, String name, @Nullable String roomCode, @Nullable String importUrl,
		@Nullable Integer syncIntervalMinutes, @Nullable String status, @Nullable String secrets) {

	@Override
	public String toString() {
		return "NewIntegration[kind=" + this.kind + ", name=" + this.name + "]";
	}

}
