package org.pondok.web.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingPage;
import org.pondok.booking.BookingSearch;
import org.pondok.booking.BookingStatus;
import org.pondok.booking.BookingSummary;
import org.pondok.booking.PaymentStatus;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.RoomView;
import org.pondok.catalog.UnitView;
import org.pondok.inventory.HeldNight;
import org.pondok.inventory.Inventory;
import org.pondok.shared.StayPeriod;

import org.springframework.stereotype.Component;

/**
 * What the front desk reads at a glance, put together from the booking, catalog and
 * inventory modules' public APIs: the day's arrivals and departures, who is in house,
 * occupancy ahead and money still to come.
 */
@Component
class FrontDesk {

	static final int OCCUPANCY_DAYS = 30;

	/** A balance due within this many days is shown as due soon. */
	static final int DUE_SOON_DAYS = 7;

	private static final int PAGE = 200;

	private static final Set<PaymentStatus> OWING = EnumSet.of(PaymentStatus.UNPAID, PaymentStatus.DEPOSIT_PAID);

	private final BookingManagement bookings;

	private final Catalog catalog;

	private final Inventory inventory;

	FrontDesk(BookingManagement bookings, Catalog catalog, Inventory inventory) {
		this.bookings = bookings;
		this.catalog = catalog;
		this.inventory = inventory;
	}

	LocalDate today() {
		return this.catalog.today();
	}

	java.time.ZoneId zone() {
		return this.catalog.zone();
	}

	/**
	 * Every unit on sale, by id, in the catalog's order of rooms and units.
	 */
	Map<Long, UnitLabel> units() {
		Map<Long, UnitLabel> units = new LinkedHashMap<>();
		for (RoomView room : this.catalog.rooms()) {
			for (UnitView unit : room.units()) {
				units.put(unit.id(), new UnitLabel(unit.id(), room.code(), room.name(), unit.code(), unit.name()));
			}
		}
		return units;
	}

	Day day(LocalDate today) {
		List<BookingSummary> around = all(
				new BookingSearch(null, today.minusDays(1), today.plusDays(1), null, null, null));
		List<BookingSummary> arrivals = around.stream()
			.filter((booking) -> booking.stay().checkIn().equals(today))
			.filter((booking) -> booking.status().holdsNights() || booking.status() == BookingStatus.NO_SHOW)
			.toList();
		List<BookingSummary> departures = around.stream()
			.filter((booking) -> booking.stay().checkOut().equals(today))
			.filter((booking) -> booking.status() == BookingStatus.CHECKED_IN
					|| booking.status() == BookingStatus.CHECKED_OUT)
			.toList();
		List<BookingSummary> inHouse = all(new BookingSearch(BookingStatus.CHECKED_IN, null, null, null, null, null));
		return new Day(today, arrivals, departures, inHouse);
	}

	List<OccupancyDay> occupancy(LocalDate from, int units) {
		LocalDate to = from.plusDays(OCCUPANCY_DAYS);
		Map<LocalDate, Long> held = this.inventory.held(from, to)
			.stream()
			.collect(Collectors.groupingBy(HeldNight::night, Collectors.mapping(HeldNight::unitId,
					Collectors.collectingAndThen(Collectors.toSet(), (set) -> (long) set.size()))));
		List<OccupancyDay> days = new ArrayList<>();
		for (LocalDate night = from; night.isBefore(to); night = night.plusDays(1)) {
			days.add(OccupancyDay.of(night, held.getOrDefault(night, 0L).intValue(), units));
		}
		return days;
	}

	/**
	 * Pending bookings still to come (waiting for a bank transfer or a confirmation), and
	 * confirmed stays whose balance falls due within a week or is overdue.
	 */
	List<BookingSummary> paymentsDue(LocalDate today) {
		List<BookingSummary> due = new ArrayList<>(
				all(new BookingSearch(BookingStatus.PENDING, today, null, null, null, null)));
		LocalDate soon = today.plusDays(DUE_SOON_DAYS);
		for (BookingStatus status : List.of(BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN)) {
			all(new BookingSearch(status, null, null, null, null, null)).stream()
				.filter((booking) -> OWING.contains(booking.paymentStatus()))
				.filter((booking) -> booking.balanceDueDate() == null || !booking.balanceDueDate().isAfter(soon)
						|| booking.status() == BookingStatus.CHECKED_IN)
				.forEach(due::add);
		}
		due.sort(Comparator.comparing((BookingSummary booking) -> (booking.balanceDueDate() != null)
				? booking.balanceDueDate() : booking.stay().checkIn())
			.thenComparing((booking) -> booking.reference().value()));
		return due;
	}

	/**
	 * The bookings with a night in the period, by reference.
	 */
	Map<String, BookingSummary> bookingsIn(StayPeriod period) {
		return all(new BookingSearch(null, period.checkIn(), period.checkOut(), null, null, null)).stream()
			.collect(Collectors.toMap((booking) -> booking.reference().value(), (booking) -> booking,
					(first, second) -> first, LinkedHashMap::new));
	}

	List<HeldNight> held(StayPeriod period) {
		return this.inventory.held(period.checkIn(), period.checkOut());
	}

	private List<BookingSummary> all(BookingSearch search) {
		List<BookingSummary> found = new ArrayList<>();
		for (int page = 0;; page++) {
			BookingPage batch = this.bookings.search(search, page, PAGE);
			found.addAll(batch.items());
			if (batch.items().size() < PAGE || found.size() >= batch.total()) {
				return found;
			}
		}
	}

	record Day(LocalDate date, List<BookingSummary> arrivals, List<BookingSummary> departures,
			List<BookingSummary> inHouse) {
	}

	/**
	 * How many units are held on a night, of how many.
	 */
	record OccupancyDay(LocalDate night, int held, int units, int percent) {

		static OccupancyDay of(LocalDate night, int held, int units) {
			return new OccupancyDay(night, held, units, (units == 0) ? 0 : Math.round(100f * held / units));
		}

	}

}
