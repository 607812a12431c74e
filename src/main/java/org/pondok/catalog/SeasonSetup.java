package org.pondok.catalog;

import java.time.LocalDate;

import org.pondok.shared.Money;

/**
 * A season as staff edit it: its id, its room and what {@link NewSeasonalRate} sets.
 */
public record SeasonSetup(long id, String roomCode, String name, LocalDate startDate, LocalDate endDate,
		Money nightlyRate, int minNights) {

	public boolean isOver(LocalDate today) {
		return !this.endDate.isAfter(today);
	}

}
