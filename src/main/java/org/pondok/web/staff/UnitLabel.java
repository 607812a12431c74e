package org.pondok.web.staff;

/**
 * A unit as staff pages name it: its room type and its own name.
 */
record UnitLabel(long id, String roomCode, String roomName, String code, String name) {

	static UnitLabel unknown(long id) {
		return new UnitLabel(id, "?", "?", String.valueOf(id), "#" + id);
	}

}
