package org.pondok.channel;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A recorded conflict: nights {@code [start, end)} of a unit that an imported feed blocks
 * but someone else already holds ({@code heldBy} is the inventory holder's code:
 * {@code booking}, {@code ota_block}, {@code manual_block} or {@code buffer}).
 */
public record ConflictView(long id, long integrationId, String integrationName, IntegrationKind kind,
		@Nullable String uid, long unitId, LocalDate start, LocalDate end, String heldBy, String heldByRef,
		@Nullable String summary, String status, Instant detectedAt, @Nullable Instant resolvedAt,
		@Nullable String resolvedBy, @Nullable String resolution) {

	public boolean open() {
		return "open".equals(this.status);
	}

	/**
	 * The integration whose imported block holds the nights, when another feed does.
	 */
	public @Nullable Long heldByIntegration() {
		return "ota_block".equals(this.heldBy) ? BlockKeys.integrationOf(this.heldByRef) : null;
	}

}
