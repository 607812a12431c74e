package org.pondok.web.site;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.pondok.booking.Availability;
import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingRequestException;
import org.pondok.booking.Refusal;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.RoomView;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.StayPeriod;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The date search: every room type for the dates and party asked for, with whether it is
 * free and its full price in the guest's currency, and the month grids of one room's free
 * nights to pick the dates from.
 */
@Controller
class SearchPageController {

	static final int MAX_GUESTS = 12;

	private final BookingManagement bookings;

	private final Catalog catalog;

	private final NightCalendar calendar;

	private final SitePageSupport support;

	SearchPageController(BookingManagement bookings, Catalog catalog, NightCalendar calendar, SitePageSupport support) {
		this.bookings = bookings;
		this.catalog = catalog;
		this.calendar = calendar;
		this.support = support;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) @Nullable String checkIn,
			@RequestParam(required = false) @Nullable String checkOut,
			@RequestParam(required = false) @Nullable String adults,
			@RequestParam(required = false) @Nullable String children,
			@RequestParam(required = false) @Nullable String room,
			@RequestParam(required = false) @Nullable String month, HttpServletRequest request, Model model) {
		String lang = SitePageSupport.locale(request).getLanguage();
		LocalDate today = this.catalog.today();
		Map<String, Wording> errors = new LinkedHashMap<>();
		LocalDate in = date(checkIn, "checkIn", errors);
		LocalDate out = date(checkOut, "checkOut", errors);
		int adultCount = count(adults, 2, 1, "adults", errors);
		int childCount = count(children, 0, 0, "children", errors);
		List<RoomView> rooms = this.catalog.rooms(lang);
		Map<String, RoomView> byCode = rooms.stream()
			.collect(Collectors.toMap(RoomView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		model.addAttribute("today", today);
		model.addAttribute("checkIn", in);
		model.addAttribute("checkOut", out);
		model.addAttribute("adults", adultCount);
		model.addAttribute("children", childCount);
		model.addAttribute("rooms", byCode);
		model.addAttribute("errors", errors);
		if (in != null && out != null && errors.isEmpty()) {
			if (!out.isAfter(in)) {
				errors.put("checkOut", new Wording("site.error.checkOutAfter"));
			}
			else {
				try {
					CurrencyCode currency = this.support.chosenCurrency(request, null);
					Availability availability = this.bookings.availability(new StayPeriod(in, out), adultCount,
							childCount, currency);
					model.addAttribute("availability", availability);
					model.addAttribute("reasons", reasons(availability));
				}
				catch (BookingRequestException ex) {
					errors.put(ex.field(), StayErrors.of(ex));
				}
			}
		}
		RoomView shown = (room != null) ? byCode.get(room) : null;
		if (shown == null && !rooms.isEmpty()) {
			shown = rooms.get(0);
		}
		if (shown != null) {
			LocalDate pickedIn = (in != null && !in.isBefore(today)) ? in : null;
			LocalDate pickedOut = (pickedIn != null && out != null && out.isAfter(pickedIn)) ? out : null;
			YearMonth first = (month != null) ? HomePageController.month(month, today)
					: (pickedIn != null) ? YearMonth.from(pickedIn) : YearMonth.from(today);
			model.addAttribute("calendarRoom", shown);
			model.addAttribute("checkInPicked", pickedIn);
			model.addAttribute("months", this.calendar.months(shown, first, 2, today, pickedIn, pickedOut));
			model.addAttribute("previousMonth", first.isAfter(YearMonth.from(today)) ? first.minusMonths(1) : null);
			model.addAttribute("nextMonth", first.plusMonths(1));
		}
		return "site/search";
	}

	/**
	 * Why each room that cannot be booked cannot, in the guest's words.
	 */
	private static Map<String, Wording> reasons(Availability availability) {
		Map<String, Wording> reasons = new LinkedHashMap<>();
		for (Availability.RoomOffer offer : availability.rooms()) {
			if (!offer.available()) {
				reasons.put(offer.roomCode(),
						StayErrors.of((offer.refusal() != null) ? offer.refusal() : Refusal.SOLD_OUT, offer.limit()));
			}
		}
		return reasons;
	}

	private static @Nullable LocalDate date(@Nullable String text, String field, Map<String, Wording> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, new Wording("site.error.date"));
			return null;
		}
	}

	static int count(@Nullable String text, int fallback, int min, String field, Map<String, Wording> errors) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(text.trim());
			if (value >= min && value <= MAX_GUESTS) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// told below, as a number out of range is
		}
		errors.put(field, new Wording((min > 0) ? "site.error.adults" : "site.error.children"));
		return fallback;
	}

}
