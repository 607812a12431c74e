package org.pondok.catalog.rest;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.RoomView;

/**
 * A room type; {@code units} is how many units of it there are.
 */
record RoomResponse(String code, String name, @Nullable String summary, @Nullable String description, int maxAdults,
		int maxChildren, int maxOccupancy, int units, @Nullable String bedSetup, @Nullable Integer sizeSqm,
		List<String> amenities, MoneyResponse nightlyRate, int minNights,
		CancellationPolicyResponse cancellationPolicy) {

	static RoomResponse of(RoomView room) {
		return new RoomResponse(room.code(), room.name(), room.summary(), room.description(), room.maxAdults(),
				room.maxChildren(), room.maxOccupancy(), room.units().size(), room.bedSetup(), room.sizeSqm(),
				room.amenities(), MoneyResponse.of(room.nightlyRate()), room.minNights(),
				CancellationPolicyResponse.of(room.cancellationPolicy()));
	}

}
