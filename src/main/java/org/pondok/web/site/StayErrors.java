package org.pondok.web.site;

import org.pondok.booking.BookingRequestException;
import org.pondok.booking.Refusal;

/**
 * The guest's words for a stay the booking module refuses, by its refusal and the number
 * it names: the module's own messages are in English and meant for integrators.
 */
final class StayErrors {

	private StayErrors() {
	}

	static Wording of(BookingRequestException ex) {
		return of(ex.refusal(), ex.limit());
	}

	static Wording of(Refusal refusal, int limit) {
		return switch (refusal) {
			case PAST -> new Wording("site.error.past");
			case TOO_LONG -> new Wording("site.error.maxNights", limit);
			case TOO_SHORT -> new Wording("site.error.minNights", limit);
			case TOO_MANY_ADULTS -> new Wording("site.error.adultsRoom", limit);
			case TOO_MANY_CHILDREN -> new Wording("site.error.childrenRoom", limit);
			case TOO_MANY_GUESTS -> new Wording("site.error.guestsRoom", limit);
			case UNKNOWN_ROOM, NO_UNIT -> new Wording("site.error.room");
			case UNKNOWN_PACKAGE, PACKAGE_NOT_WITH_ROOM -> new Wording("site.error.package");
			case PACKAGE_TOO_SHORT -> new Wording("site.error.packageNights", limit);
			case SOLD_OUT -> new Wording("site.search.soldOut");
			case INVALID -> new Wording("site.error.check");
		};
	}

	/**
	 * The field of the booking path a refusal belongs to.
	 */
	static String field(Refusal refusal) {
		return switch (refusal) {
			case TOO_MANY_ADULTS, TOO_MANY_GUESTS -> "adults";
			case TOO_MANY_CHILDREN -> "children";
			case UNKNOWN_PACKAGE, PACKAGE_NOT_WITH_ROOM, PACKAGE_TOO_SHORT -> "offer";
			default -> "stay";
		};
	}

}
