package org.pondok.catalog;

import java.time.LocalDate;
import java.util.Objects;

import org.pondok.shared.Money;

/**
 * A nightly rate and minimum stay for the nights from {@code startDate} up to, but not
 * including, {@code endDate}.
 */
public record NewSeasonalRate(String name, LocalDate startDate, LocalDate endDate, Money nightlyRate, int minNights) {

	public NewSeasonalRate {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new IllegalArgumentException("A seasonal rate needs a name of at most 100 characters");
		}
		Objects.requireNonNull(startDate, "startDate");
		Objects.requireNonNull(endDate, "endDate");
		if (!endDate.isAfter(startDate)) {
			throw new IllegalArgumentException("A seasonal rate ends after it starts");
		}
		Objects.requireNonNull(nightlyRate, "nightlyRate");
		if (nightlyRate.isNegative()) {
			throw new IllegalArgumentException("The nightly rate must not be negative");
		}
		if (minNights < 1) {
			throw new IllegalArgumentException("The minimum stay is at least one night");
		}
	}

}
