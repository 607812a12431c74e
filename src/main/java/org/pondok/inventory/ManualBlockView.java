package org.pondok.inventory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.StayPeriod;

/**
 * Nights of a unit that staff took off sale (repairs, owner's use…).
 */
public record ManualBlockView(long id, long unitId, StayPeriod period, String reason, String createdBy,
		Instant createdAt, @Nullable Instant releasedAt) {

	public String holderRef() {
		return "MB-" + this.id;
	}

}
