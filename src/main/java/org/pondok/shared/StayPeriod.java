package org.pondok.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The hotel nights from {@code checkIn} up to, but not including, {@code checkOut}.
 */
public record StayPeriod(LocalDate checkIn, LocalDate checkOut) {

	public StayPeriod {
		Objects.requireNonNull(checkIn, "checkIn");
		Objects.requireNonNull(checkOut, "checkOut");
		if (!checkOut.isAfter(checkIn)) {
			throw new IllegalArgumentException("Check-out must be after check-in");
		}
	}

	public static StayPeriod of(LocalDate checkIn, int nights) {
		return new StayPeriod(checkIn, checkIn.plusDays(nights));
	}

	public List<LocalDate> nights() {
		List<LocalDate> nights = new ArrayList<>(nightCount());
		for (LocalDate night = this.checkIn; night.isBefore(this.checkOut); night = night.plusDays(1)) {
			nights.add(night);
		}
		return nights;
	}

	public int nightCount() {
		return (int) ChronoUnit.DAYS.between(this.checkIn, this.checkOut);
	}

	public boolean contains(LocalDate night) {
		return !night.isBefore(this.checkIn) && night.isBefore(this.checkOut);
	}

	public boolean overlaps(StayPeriod other) {
		return this.checkIn.isBefore(other.checkOut) && other.checkIn.isBefore(this.checkOut);
	}

	@Override
	public String toString() {
		return this.checkIn + "/" + this.checkOut;
	}

}
