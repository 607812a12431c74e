package org.pondok.booking;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.StayPeriod;

/**
 * What every room type offers for a stay and a party, priced in the currency asked for.
 */
public record Availability(StayPeriod stay, int adults, int children, CurrencyCode currency, List<RoomOffer> rooms) {

	/**
	 * One room type: whether a unit is free for every night, how many are, the full price
	 * and, when it cannot be booked, why: in English, and as a refusal with the number it
	 * names (0 when it is free, or names none).
	 */
	public record RoomOffer(String roomCode, String name, boolean available, int unitsLeft, Quote price,
			@Nullable String reason, @Nullable Refusal refusal, int limit) {
	}

}
