package org.pondok.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.Money;

/**
 * A room type as guests and other modules see it, in one language, with its active units
 * and the cancellation policy that applies to it (its own or the property's).
 */
public record RoomView(long id, String code, String name, @Nullable String summary, @Nullable String description,
		int maxAdults, int maxChildren, int maxOccupancy, @Nullable String bedSetup, @Nullable Integer sizeSqm,
		List<String> amenities, Money nightlyRate, int minNights, List<UnitView> units,
		CancellationPolicy cancellationPolicy) {

	public RoomView {
		amenities = List.copyOf(amenities);
		units = List.copyOf(units);
	}

	public List<Long> unitIds() {
		return this.units.stream().map(UnitView::id).toList();
	}

}
