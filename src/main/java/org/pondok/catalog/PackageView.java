package org.pondok.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.Money;

/**
 * A package as guests and other modules see it, in one language, with the codes of the
 * rooms on sale that it can be booked with.
 */
public record PackageView(long id, String code, String name, @Nullable String summary, @Nullable String description,
		List<String> inclusions, Money price, int minNights, List<String> roomCodes) {

	public PackageView {
		inclusions = List.copyOf(inclusions);
		roomCodes = List.copyOf(roomCodes);
	}

	public boolean appliesTo(String roomCode) {
		return this.roomCodes.contains(roomCode);
	}

}
