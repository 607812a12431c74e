package org.pondok.booking;

import org.pondok.shared.StayPeriod;

/**
 * Work a module downstream of booking does before a booking claims a room's nights, such
 * as fetching the room's OTA feeds again so that nights just sold elsewhere are known. It
 * runs outside any transaction, before the claim's own begins; it must finish in a few
 * seconds and never stop the booking: a failure is its own to record. What it changes in
 * the inventory counts for the claim that follows, so a night it blocks makes the booking
 * answer as taken.
 */
public interface BeforeClaim {

	/**
	 * @param roomCode the room asked for, not yet checked to exist
	 * @param stay the nights about to be claimed
	 */
	void beforeClaim(String roomCode, StayPeriod stay);

}
