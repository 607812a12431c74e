package org.pondok.web.site;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.RoomView;
import org.pondok.inventory.HeldNight;
import org.pondok.inventory.Inventory;

import org.springframework.stereotype.Component;

/**
 * The month grids of the date picker: which nights of a room cannot be booked (every unit
 * held, or already past), and which day a click picks. A click on a free night picks it
 * as check-in; with a check-in picked, a click on a later day picks it as check-out when
 * every night in between is free (a check-out morning may be a taken night). It works as
 * plain links, without JavaScript.
 */
@Component
class NightCalendar {

	private final Inventory inventory;

	NightCalendar(Inventory inventory) {
		this.inventory = inventory;
	}

	/**
	 * The nights from {@code from} up to, not including, {@code to} on which no unit of
	 * the room is free.
	 */
	Set<LocalDate> takenNights(RoomView room, LocalDate from, LocalDate to) {
		Set<Long> units = Set.copyOf(room.unitIds());
		Map<LocalDate, Set<Long>> held = new HashMap<>();
		for (HeldNight night : this.inventory.held(from, to)) {
			if (units.contains(night.unitId())) {
				held.computeIfAbsent(night.night(), (day) -> new HashSet<>()).add(night.unitId());
			}
		}
		Set<LocalDate> taken = new HashSet<>();
		held.forEach((day, unitsHeld) -> {
			if (unitsHeld.size() >= units.size()) {
				taken.add(day);
			}
		});
		if (units.isEmpty()) {
			from.datesUntil(to).forEach(taken::add);
		}
		return taken;
	}

	/**
	 * {@code count} months from {@code first}, for the room, with the guest's picks.
	 */
	List<Month> months(RoomView room, YearMonth first, int count, LocalDate today, @Nullable LocalDate checkIn,
			@Nullable LocalDate checkOut) {
		LocalDate from = first.atDay(1);
		LocalDate to = first.plusMonths(count).atDay(1);
		// a check-out pick may need the nights before the grid starts
		LocalDate readFrom = (checkIn != null && checkIn.isBefore(from)) ? checkIn : from;
		Set<LocalDate> taken = takenNights(room, readFrom, to);
		List<Month> months = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			YearMonth month = first.plusMonths(index);
			List<Day> days = new ArrayList<>();
			for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
				boolean unavailable = day.isBefore(today) || taken.contains(day);
				Pick pick = pick(day, unavailable, today, checkIn, checkOut, taken);
				boolean chosen = checkIn != null && !day.isBefore(checkIn)
						&& ((checkOut != null) ? day.isBefore(checkOut) : day.equals(checkIn));
				days.add(new Day(day, unavailable, pick, chosen));
			}
			months.add(new Month(month.atDay(1), weeks(days)));
		}
		return months;
	}

	private static Pick pick(LocalDate day, boolean unavailable, LocalDate today, @Nullable LocalDate checkIn,
			@Nullable LocalDate checkOut, Set<LocalDate> taken) {
		if (checkIn != null && checkOut == null && day.isAfter(checkIn)) {
			boolean free = checkIn.datesUntil(day).noneMatch((night) -> night.isBefore(today) || taken.contains(night));
			if (free) {
				return Pick.CHECK_OUT;
			}
		}
		return unavailable ? Pick.NONE : Pick.CHECK_IN;
	}

	/**
	 * What a click on a day picks.
	 */
	enum Pick {

		CHECK_IN, CHECK_OUT, NONE

	}

	/**
	 * One day of a grid: whether its night can be booked, what a click on it picks and
	 * whether it lies in the stay picked so far.
	 */
	record Day(LocalDate date, boolean unavailable, Pick pick, boolean chosen) {
	}

	/**
	 * A month as weeks that start on Monday; a week's days outside the month are
	 * {@code null}.
	 */
	record Month(LocalDate first, List<List<@Nullable Day>> weeks) {
	}

	private static List<List<@Nullable Day>> weeks(List<Day> days) {
		List<List<@Nullable Day>> weeks = new ArrayList<>();
		List<@Nullable Day> week = new ArrayList<>();
		int offset = days.get(0).date().getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
		for (int i = 0; i < offset; i++) {
			week.add(null);
		}
		for (Day day : days) {
			week.add(day);
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(null);
			}
			weeks.add(week);
		}
		return weeks;
	}

}
