package org.pondok.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.Money;

/**
 * What staff may change about a room type: everything but its code and its units. Texts
 * are English; {@code translations} holds the other languages, keyed by language code,
 * and replaces the ones the room had.
 */
public record RoomDetails(String name, @Nullable String summary, @Nullable String description, int maxAdults,
		int maxChildren, int maxOccupancy, @Nullable String bedSetup, @Nullable Integer sizeSqm, List<String> amenities,
		Money nightlyRate, int minNights, boolean onSale, Map<String, NewRoom.Translation> translations) {

	public RoomDetails {
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
		amenities = Lines.require(amenities, "An amenity");
		translations = Map.copyOf(translations);
	}

}
