package org.pondok.channel;

import java.time.LocalDate;

/**
 * An import found nights of a unit already held by someone else and recorded them as an
 * open conflict for staff ({@code heldBy} is the inventory holder's code, e.g.
 * {@code booking}, and {@code heldByRef} its reference, e.g. {@code BK-000031}).
 */
public record ChannelConflictDetected(long conflictId, long integrationId, long unitId, LocalDate start, LocalDate end,
		String heldBy, String heldByRef) {
}
