package org.pondok.channel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * What an imported event is: a guest's reservation, an owner's "not available" block, or
 * the rolling horizon Airbnb closes beyond its booking window. All of them block nights;
 * staff see them told apart.
 */
enum BlockKind {

	RESERVATION, OWNER_BLOCK, HORIZON_BLOCK;

	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static BlockKind classify(String summary, String description, LocalDate start, LocalDate end, LocalDate today) {
		String text = (summary + " " + description).toLowerCase(Locale.ROOT);
		boolean reserved = text.contains("reserved") || text.contains("reservation") || text.contains("booked")
				|| text.contains("booking");
		boolean closed = text.contains("not available") || text.contains("unavailable") || text.contains("blocked")
				|| text.contains("closed");
		if (closed && !reserved) {
			boolean farAndLong = ChronoUnit.DAYS.between(today, end) > 300 && ChronoUnit.DAYS.between(start, end) > 60;
			return farAndLong ? HORIZON_BLOCK : OWNER_BLOCK;
		}
		return RESERVATION;
	}

}
