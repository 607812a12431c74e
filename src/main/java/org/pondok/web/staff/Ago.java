package org.pondok.web.staff;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A time span as staff read it: "just now", "12 min ago", "3 h ago", "2 days ago"; the
 * unit names the message ({@code channel.ago.<unit>}) and the value fills it.
 */
record Ago(String unit, long value) {

	static @Nullable Ago of(@Nullable Duration age) {
		if (age == null) {
			return null;
		}
		long minutes = Math.max(0, age.toMinutes());
		if (minutes < 1) {
			return new Ago("justNow", 0);
		}
		if (minutes < 120) {
			return new Ago("minutes", minutes);
		}
		long hours = minutes / 60;
		if (hours < 48) {
			return new Ago("hours", hours);
		}
		return new Ago("days", hours / 24);
	}

	public String message() {
		return "channel.ago." + this.unit;
	}

}
