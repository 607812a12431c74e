package org.pondok.booking;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One recorded move of a booking's status: who made it, when, from what to what.
 */
@Table("booking_status_history")
record StatusChange(@Id @Nullable Long id, @Nullable String fromStatus, String toStatus, String changedBy,
		Instant changedAt, @Nullable String note) {
}
