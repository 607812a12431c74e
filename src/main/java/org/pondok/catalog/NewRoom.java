package org.pondok.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.Money;

/**
 * A room type to add, with how many sellable units it has. The texts are English;
 * {@code translations} holds them in other languages, keyed by language code
 * ({@code "id"}, {@code "de"} …). Without its own cancellation policy the room follows
 * the property's.
 */
public record NewRoom(String code, String name, @Nullable String summary, @Nullable String description, int maxAdults,
		int maxChildren, int maxOccupancy, @Nullable String bedSetup, @Nullable Integer sizeSqm, List<String> amenities,
		Money nightlyRate, int minNights, int unitCount, @Nullable CancellationPolicy cancellationPolicy,
		Map<String, Translation> translations) {

	static final int MAX_UNITS = 99;

	public NewRoom {
		Codes.require(code, "room");
		if (name == null || name.isBlank() || name.length() > 95) {
			throw new IllegalArgumentException("A room needs a name of at most 95 characters");
		}
		if (maxAdults < 1) {
			throw new IllegalArgumentException("A room sleeps at least one adult");
		}
		if (maxChildren < 0) {
			throw new IllegalArgumentException("Maximum children must not be negative");
		}
		if (maxOccupancy < 1 || maxOccupancy > maxAdults + maxChildren) {
			throw new IllegalArgumentException("Maximum occupancy must be between 1 and adults plus children");
		}
		if (sizeSqm != null && sizeSqm <= 0) {
			throw new IllegalArgumentException("A room's size must be positive");
		}
		Objects.requireNonNull(nightlyRate, "nightlyRate");
		if (nightlyRate.isNegative()) {
			throw new IllegalArgumentException("The nightly rate must not be negative");
		}
		if (minNights < 1) {
			throw new IllegalArgumentException("The minimum stay is at least one night");
		}
		if (unitCount < 1 || unitCount > MAX_UNITS) {
			throw new IllegalArgumentException("A room has between 1 and " + MAX_UNITS + " units");
		}
		amenities = Lines.require(amenities, "An amenity");
		translations = Map.copyOf(translations);
	}

	/**
	 * The room's texts in one language.
	 */
	public record Translation(String name, @Nullable String summary, @Nullable String description) {

		public Translation {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("A translated room needs a name");
			}
		}

	}

}
