package org.pondok.booking;

/**
 * Why a stay cannot be booked as asked, for callers that word it themselves (the guest
 * site does, in the guest's language); the English messages that come with it are for
 * integrators. A refusal that names a number carries it as its limit.
 */
public enum Refusal {

	/** Input no form sends: a malformed field, no adult, a negative count. */
	INVALID,

	/** Check-in is before today. */
	PAST,

	/** More nights than a stay may have; the limit is the most. */
	TOO_LONG,

	/** Fewer nights than the room is sold for on these dates; the limit is the fewest. */
	TOO_SHORT,

	/** More adults than the room takes; the limit is the most. */
	TOO_MANY_ADULTS,

	/** More children than the room takes; the limit is the most. */
	TOO_MANY_CHILDREN,

	/** More guests in all than the room sleeps; the limit is the most. */
	TOO_MANY_GUESTS,

	/** No room has the code asked for. */
	UNKNOWN_ROOM,

	/** The room has no unit to sell. */
	NO_UNIT,

	/** No package has the code asked for. */
	UNKNOWN_PACKAGE,

	/** The package is not sold with the room. */
	PACKAGE_NOT_WITH_ROOM,

	/** The stay is shorter than the package needs; the limit is the fewest nights. */
	PACKAGE_TOO_SHORT,

	/** Every unit is held on at least one night of the stay. */
	SOLD_OUT

}
