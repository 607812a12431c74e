package org.pondok.catalog;

import java.util.List;
import java.util.Map;

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

	/**
	 * The details follow the rules of {@link RoomDetails}, checked there once.
	 */
	public NewRoom {
		Codes.require(code, "room");
		RoomDetails details = new RoomDetails(name, summary, description, maxAdults, maxChildren, maxOccupancy,
				bedSetup, sizeSqm, amenities, nightlyRate, minNights, true, translations);
		if (unitCount < 1 || unitCount > MAX_UNITS) {
			throw new IllegalArgumentException("A room has between 1 and " + MAX_UNITS + " units");
		}
		amenities = details.amenities();
		translations = details.translations();
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
