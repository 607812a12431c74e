package org.pondok.inventory;

import org.pondok.shared.StayPeriod;

/**
 * At least one night of a stay is already held on the unit (or on every unit asked for).
 */
public class NightsUnavailableException extends RuntimeException {

	private final StayPeriod stay;

	public NightsUnavailableException(StayPeriod stay) {
		super("At least one night from " + stay.checkIn() + " to " + stay.checkOut() + " is already taken");
		this.stay = stay;
	}

	public StayPeriod stay() {
		return this.stay;
	}

}
