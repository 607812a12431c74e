package org.pondok.catalog;

import java.time.LocalDate;

import org.pondok.shared.Money;

/**
 * A room's own rate and minimum stay for the nights from {@code startDate} up to, but not
 * including, {@code endDate}.
 */
public record SeasonalRateView(String roomCode, String name, LocalDate startDate, LocalDate endDate, Money nightlyRate,
		int minNights) {

	public boolean covers(LocalDate night) {
		return !night.isBefore(this.startDate) && night.isBefore(this.endDate);
	}

}
