package org.pondok.web.site;

/**
 * The guest's words for a stay the booking module refuses, by the field it names: its own
 * messages are in English and meant for integrators.
 */
final class StayErrors {

	private StayErrors() {
	}

	static String message(String field) {
		return switch (field) {
			case "checkIn" -> "site.error.past";
			case "checkOut" -> "site.error.stayLength";
			case "adults" -> "site.error.tooManyGuests";
			case "children" -> "site.error.tooManyGuests";
			case "packageCode" -> "site.error.package";
			case "roomCode" -> "site.error.room";
			default -> "site.error.check";
		};
	}

}
