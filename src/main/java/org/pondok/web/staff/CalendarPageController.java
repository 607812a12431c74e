package org.pondok.web.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pondok.booking.BookingSummary;
import org.pondok.inventory.HeldNight;
import org.pondok.inventory.Holder;
import org.pondok.inventory.Inventory;
import org.pondok.inventory.ManualBlockView;
import org.pondok.shared.StayPeriod;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tape chart: a row per unit, grouped by room type, a column per night, and every
 * booking or block drawn as one bar across the nights it holds.
 */
@Controller
class CalendarPageController {

	static final int DEFAULT_DAYS = 14;

	static final int MAX_DAYS = 60;

	private final FrontDesk desk;

	private final Inventory inventory;

	CalendarPageController(FrontDesk desk, Inventory inventory) {
		this.desk = desk;
		this.inventory = inventory;
	}

	@GetMapping("/staff/calendar")
	@PreAuthorize("hasAuthority('inventory.read')")
	String calendar(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String days, Model model) {
		LocalDate today = this.desk.today();
		LocalDate start = BookingPageController.parse(from, LocalDate::parse, "from", new HashMap<>());
		if (start == null) {
			start = today;
		}
		int length = BookingPageController.isBlank(days) ? DEFAULT_DAYS
				: Math.max(1, Math.min(MAX_DAYS, BookingPageController.parseInt(days)));
		StayPeriod period = StayPeriod.of(start, length);
		List<LocalDate> dates = period.nights();
		Map<String, BookingSummary> bookings = this.desk.bookingsIn(period);
		Map<String, String> blockReasons = new HashMap<>();
		for (ManualBlockView block : this.inventory.blocks(start)) {
			blockReasons.put(block.holderRef(), block.reason());
		}
		Map<Long, Map<LocalDate, HeldNight>> held = new HashMap<>();
		for (HeldNight night : this.desk.held(period)) {
			held.computeIfAbsent(night.unitId(), (unit) -> new HashMap<>()).put(night.night(), night);
		}
		Map<String, Group> groups = new LinkedHashMap<>();
		for (UnitLabel unit : this.desk.units().values()) {
			List<Cell> cells = cells(dates, held.getOrDefault(unit.id(), Map.of()), bookings, blockReasons);
			groups.computeIfAbsent(unit.roomCode(), (code) -> new Group(unit.roomName(), new ArrayList<>()))
				.rows()
				.add(new Row(unit, cells));
		}
		model.addAttribute("today", today);
		model.addAttribute("dates", dates);
		model.addAttribute("groups", groups.values());
		model.addAttribute("days", length);
		model.addAttribute("previous", start.minusDays(length));
		model.addAttribute("next", start.plusDays(length));
		model.addAttribute("start", start);
		model.addAttribute("end", period.checkOut().minusDays(1));
		return "staff/desk/calendar";
	}

	private static List<Cell> cells(List<LocalDate> dates, Map<LocalDate, HeldNight> held,
			Map<String, BookingSummary> bookings, Map<String, String> blockReasons) {
		List<Cell> cells = new ArrayList<>();
		int i = 0;
		while (i < dates.size()) {
			LocalDate date = dates.get(i);
			HeldNight night = held.get(date);
			if (night == null) {
				cells.add(Cell.free(date));
				i++;
				continue;
			}
			int span = 1;
			while (i + span < dates.size() && same(night, held.get(dates.get(i + span)))) {
				span++;
			}
			LocalDate last = dates.get(i + span - 1);
			cells.add(Cell.held(night, date, last, span, bookings.get(night.holderRef()),
					blockReasons.get(night.holderRef())));
			i += span;
		}
		return cells;
	}

	private static boolean same(HeldNight night, @Nullable HeldNight other) {
		return other != null && other.holder() == night.holder() && other.holderRef().equals(night.holderRef());
	}

	record Group(String roomName, List<Row> rows) {
	}

	record Row(UnitLabel unit, List<Cell> cells) {
	}

	/**
	 * One free night, or a bar of nights held by one holder.
	 *
	 * @param kind the colour: a booking's status, or the holder for blocks and buffers
	 * @param label what the bar says: the guest's name, the block's reason
	 */
	record Cell(LocalDate first, LocalDate last, int span, @Nullable String holder, @Nullable String kind,
			@Nullable String reference, @Nullable String label, boolean booking) {

		static Cell free(LocalDate date) {
			return new Cell(date, date, 1, null, null, null, null, false);
		}

		static Cell held(HeldNight night, LocalDate first, LocalDate last, int span, @Nullable BookingSummary booking,
				@Nullable String reason) {
			Holder holder = night.holder();
			boolean linked = holder == Holder.BOOKING || holder == Holder.BUFFER;
			String kind = (holder == Holder.BOOKING && booking != null) ? booking.status().code() : holder.code();
			String label = switch (holder) {
				case BOOKING -> (booking != null) ? booking.guestName() : night.holderRef();
				case MANUAL_BLOCK -> (reason != null) ? reason : night.holderRef();
				case OTA_BLOCK -> night.holderRef();
				case BUFFER -> null;
			};
			return new Cell(first, last, span, holder.code(), kind, linked ? night.holderRef() : null, label, linked);
		}

		public boolean free() {
			return this.holder == null;
		}

	}

}
