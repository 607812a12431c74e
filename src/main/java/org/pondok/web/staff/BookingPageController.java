package org.pondok.web.staff;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingPage;
import org.pondok.booking.BookingReference;
import org.pondok.booking.BookingRequestException;
import org.pondok.booking.BookingSearch;
import org.pondok.booking.BookingSource;
import org.pondok.booking.BookingStatus;
import org.pondok.booking.BookingView;
import org.pondok.booking.IllegalTransitionException;
import org.pondok.booking.UnknownBookingException;
import org.pondok.catalog.Catalog;
import org.pondok.inventory.NightsUnavailableException;
import org.pondok.shared.StayPeriod;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The booking list with its filters, one booking's page, and the moves staff make on it:
 * confirm, check in, check out, cancel, no-show and a change of dates or room.
 */
@Controller
class BookingPageController {

	static final int PAGE_SIZE = 25;

	private static final List<String> ACTIONS = List.of("confirm", "check-in", "check-out", "cancel", "no-show");

	private final BookingManagement bookings;

	private final FrontDesk desk;

	private final Catalog catalog;

	private final MessageSource messages;

	BookingPageController(BookingManagement bookings, FrontDesk desk, Catalog catalog, MessageSource messages) {
		this.bookings = bookings;
		this.desk = desk;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping("/staff/bookings")
	@PreAuthorize("hasAuthority('bookings.read')")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String room,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") String page, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		BookingStatus statusFilter = parse(status, BookingStatus::ofCode, "status", errors);
		BookingSource sourceFilter = parse(source, BookingSource::ofCode, "source", errors);
		LocalDate fromDate = parse(from, LocalDate::parse, "from", errors);
		LocalDate toDate = parse(to, LocalDate::parse, "to", errors);
		String roomFilter = (room != null && !room.isBlank() && this.catalog.room(room.trim()).isPresent())
				? room.trim() : null;
		if (room != null && !room.isBlank() && roomFilter == null) {
			errors.put("room", "desk.invalid.room");
		}
		int pageNumber = Math.max(0, Math.min(100_000, parseInt(page)));
		String text = (q != null && !q.isBlank()) ? q.trim() : null;
		if (text != null && text.length() > 100) {
			text = text.substring(0, 100);
		}
		BookingPage found = this.bookings.search(
				new BookingSearch(statusFilter, fromDate, toDate, roomFilter, sourceFilter, text), pageNumber,
				PAGE_SIZE);
		model.addAttribute("found", found);
		Filter filter = new Filter(text, (statusFilter != null) ? statusFilter.code() : null,
				(sourceFilter != null) ? sourceFilter.code() : null, roomFilter, fromDate, toDate);
		model.addAttribute("pager", Pager.of("/staff/bookings", filter, found.page(), found.total(), PAGE_SIZE, 0));
		model.addAttribute("filter", filter);
		model.addAttribute("errors", errors);
		model.addAttribute("statuses", BookingStatus.values());
		model.addAttribute("sources", BookingSource.values());
		model.addAttribute("rooms", this.catalog.rooms());
		model.addAttribute("units", this.desk.units());
		return "staff/desk/bookings";
	}

	@GetMapping("/staff/bookings/{reference}")
	@PreAuthorize("hasAuthority('bookings.read')")
	String show(@PathVariable String reference, Model model) {
		return detail(find(reference), model, new StayChange(null, null, null), Map.of());
	}

	@PostMapping("/staff/bookings/{reference}/stay")
	@PreAuthorize("hasAuthority('bookings.write')")
	String changeStay(@PathVariable String reference, StayChange change, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		BookingView booking = find(reference);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate checkIn = date(change.checkIn(), "checkIn", errors);
		LocalDate checkOut = date(change.checkOut(), "checkOut", errors);
		if (checkIn != null && checkOut != null && !checkOut.isAfter(checkIn)) {
			errors.put("checkOut", "desk.invalid.checkOutAfterCheckIn");
		}
		String roomCode = isBlank(change.room()) ? null : change.room().trim();
		if (roomCode != null && this.catalog.room(roomCode).isEmpty()) {
			errors.put("room", "desk.invalid.room");
		}
		if (errors.isEmpty()) {
			try {
				this.bookings.changeStay(booking.reference(), roomCode, new StayPeriod(checkIn, checkOut),
						principal.getName());
				redirect.addFlashAttribute("flash", text("desk.stayChanged"));
				return "redirect:/staff/bookings/" + booking.reference().value();
			}
			catch (BookingRequestException ex) {
				errors.put(stayField(ex.field()), "desk.invalid." + stayField(ex.field()));
				model.addAttribute("detail", ex.getMessage());
			}
			catch (NightsUnavailableException ex) {
				errors.put("checkIn", "desk.invalid.taken");
			}
			catch (IllegalTransitionException ex) {
				errors.put("stay", "desk.invalid.stayLocked");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return detail(booking, model, change, errors);
	}

	@PostMapping("/staff/bookings/{reference}/{action}")
	@PreAuthorize("hasAuthority('bookings.write')")
	String act(@PathVariable String reference, @PathVariable String action,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String back, Principal principal, RedirectAttributes redirect) {
		if (!ACTIONS.contains(action)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		BookingReference ref = find(reference).reference();
		String actor = principal.getName();
		String key = "desk.action." + action;
		try {
			switch (action) {
				case "confirm" -> this.bookings.confirm(ref, actor);
				case "check-in" -> this.bookings.checkIn(ref, actor);
				case "check-out" -> this.bookings.checkOut(ref, actor);
				case "cancel" -> this.bookings.cancel(ref, actor, clip(reason, 500));
				default -> this.bookings.markNoShow(ref, actor);
			}
			redirect.addFlashAttribute("flash", text(key + ".done", ref.value()));
		}
		catch (IllegalTransitionException ex) {
			redirect.addFlashAttribute("flashError", text(key + ".refused", ref.value()) + " " + ex.getMessage());
		}
		return "dashboard".equals(back) ? "redirect:/staff" : "redirect:/staff/bookings/" + ref.value();
	}

	private String detail(BookingView booking, Model model, StayChange change, Map<String, String> errors) {
		Map<Long, UnitLabel> units = this.desk.units();
		model.addAttribute("booking", booking);
		model.addAttribute("unit", units.getOrDefault(booking.unitId(), UnitLabel.unknown(booking.unitId())));
		model.addAttribute("room", this.catalog.room(booking.roomCode()).orElse(null));
		model.addAttribute("stayPackage",
				(booking.packageCode() != null) ? this.catalog.findPackage(booking.packageCode()).orElse(null) : null);
		model.addAttribute("actions", actions(booking));
		model.addAttribute("canChangeStay",
				booking.status() == BookingStatus.PENDING || booking.status() == BookingStatus.CONFIRMED);
		model.addAttribute("change",
				new StayChange(isBlank(change.room()) ? booking.roomCode() : change.room(),
						isBlank(change.checkIn()) ? booking.stay().checkIn().toString() : change.checkIn(),
						isBlank(change.checkOut()) ? booking.stay().checkOut().toString() : change.checkOut()));
		model.addAttribute("rooms", this.catalog.rooms());
		model.addAttribute("errors", errors);
		model.addAttribute("zone", this.catalog.zone());
		model.addAttribute("today", this.catalog.today());
		return "staff/desk/booking";
	}

	/**
	 * The moves the booking's status allows, in the order staff usually make them.
	 */
	static List<String> actions(BookingView booking) {
		return Arrays.stream(BookingStatus.values())
			.filter((status) -> booking.status().canMoveTo(status))
			.map((status) -> switch (status) {
				case CONFIRMED -> "confirm";
				case CHECKED_IN -> "check-in";
				case CHECKED_OUT -> "check-out";
				case CANCELLED -> "cancel";
				case NO_SHOW -> "no-show";
				case PENDING -> "";
			})
			.filter((action) -> !action.isEmpty())
			.toList();
	}

	private BookingView find(String reference) {
		try {
			return this.bookings.booking(BookingReference.parse(reference));
		}
		catch (IllegalArgumentException | UnknownBookingException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static String stayField(String field) {
		return switch (field) {
			case "roomCode", "adults", "children", "packageCode" -> "room";
			case "checkIn" -> "checkIn";
			default -> "checkOut";
		};
	}

	static <T> @Nullable T parse(@Nullable String value, java.util.function.Function<String, T> parser, String field,
			Map<String, String> errors) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return parser.apply(value.trim().toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			errors.put(field, "desk.invalid." + field);
			return null;
		}
	}

	/**
	 * A required date as typed in a form ({@code YYYY-MM-DD}), or {@code null} with the
	 * field's error.
	 */
	static @Nullable LocalDate date(@Nullable String value, String field, Map<String, String> errors) {
		if (isBlank(value)) {
			errors.put(field, "desk.invalid.required");
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "desk.invalid.date");
			return null;
		}
	}

	static int parseInt(@Nullable String value) {
		try {
			return (value == null) ? 0 : Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	static @Nullable String clip(@Nullable String text, int max) {
		if (isBlank(text)) {
			return null;
		}
		String trimmed = text.trim();
		return (trimmed.length() <= max) ? trimmed : trimmed.substring(0, max);
	}

	/**
	 * The filters of the list as the page shows them again.
	 */
	record Filter(@Nullable String q, @Nullable String status, @Nullable String source, @Nullable String room,
			@Nullable LocalDate from, @Nullable LocalDate to) {

	}

	/**
	 * The change-of-stay form, as typed.
	 */
	record StayChange(@Nullable String room, @Nullable String checkIn, @Nullable String checkOut) {
	}

}
