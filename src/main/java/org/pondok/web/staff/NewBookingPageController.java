package org.pondok.web.staff;

import java.security.Principal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.pondok.booking.Availability;
import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingOutcome;
import org.pondok.booking.BookingRequest;
import org.pondok.booking.BookingRequestException;
import org.pondok.booking.BookingSource;
import org.pondok.booking.GuestDetails;
import org.pondok.booking.IdempotencyConflictException;
import org.pondok.booking.PaymentMethod;
import org.pondok.booking.Quote;
import org.pondok.catalog.Catalog;
import org.pondok.inventory.NightsUnavailableException;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.StayPeriod;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A booking taken by staff on the phone, at the desk or for the house: the price and free
 * units are shown first, then the booking is made, once however often the form is sent
 * (the form carries its own idempotency key).
 */
@Controller
class NewBookingPageController {

	static final Set<BookingSource> SOURCES = EnumSet.of(BookingSource.PHONE, BookingSource.WALK_IN,
			BookingSource.STAFF);

	static final Set<PaymentMethod> METHODS = EnumSet.of(PaymentMethod.CASH, PaymentMethod.BANK_TRANSFER,
			PaymentMethod.STRIPE, PaymentMethod.PAYPAL);

	static final List<String> LANGUAGES = List.of("en", "id", "de", "fr", "it", "ko", "ja", "zh", "ru");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

	private final BookingManagement bookings;

	private final Catalog catalog;

	private final MessageSource messages;

	NewBookingPageController(BookingManagement bookings, Catalog catalog, MessageSource messages) {
		this.bookings = bookings;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping("/staff/bookings/new")
	@PreAuthorize("hasAuthority('bookings.write')")
	String form(@RequestParam(required = false) @Nullable String room,
			@RequestParam(required = false) @Nullable String checkIn, Model model) {
		LocalDate arrival = BookingPageController.parse(checkIn, LocalDate::parse, "checkIn", new LinkedHashMap<>());
		if (arrival == null || arrival.isBefore(this.catalog.today())) {
			arrival = this.catalog.today();
		}
		String roomCode = (room != null && this.catalog.room(room).isPresent()) ? room : "";
		StaffBookingForm blank = new StaffBookingForm(roomCode, arrival.toString(), arrival.plusDays(1).toString(), "2",
				"0", "", "", "", "", "", "en", "", baseCurrency(), PaymentMethod.CASH.code(),
				BookingSource.PHONE.code(), "", UUID.randomUUID().toString(), null);
		return page(blank, Map.of(), model);
	}

	/**
	 * The villa's currency; USD on a new installation whose villa is not set up yet.
	 */
	private String baseCurrency() {
		return this.catalog.findVilla().map((villa) -> villa.baseCurrency()).orElse(CurrencyCode.USD).name();
	}

	@PostMapping("/staff/bookings/new")
	@PreAuthorize("hasAuthority('bookings.write')")
	String submit(StaffBookingForm form, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		BookingRequest request = request(form, principal.getName(), errors);
		if (request != null) {
			try {
				if (!"book".equals(form.intent())) {
					model.addAttribute("quote", quote(request));
					return page(form, errors, model);
				}
				String key = BookingPageController.isBlank(form.formKey()) ? null : form.formKey().trim();
				BookingOutcome outcome = this.bookings.book(request, (key != null && key.length() <= 255) ? key : null);
				String reference = outcome.booking().reference().value();
				redirect.addFlashAttribute("flash", this.messages.getMessage("desk.new.done",
						new Object[] { reference }, LocaleContextHolder.getLocale()));
				return "redirect:/staff/bookings/" + reference;
			}
			catch (BookingRequestException ex) {
				String field = field(ex.field());
				errors.put(field, "desk.invalid." + field);
				model.addAttribute("detail", ex.getMessage());
			}
			catch (NightsUnavailableException ex) {
				errors.put("checkIn", "desk.invalid.taken");
			}
			catch (IdempotencyConflictException ex) {
				errors.put("form", "desk.invalid.formUsed");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(form, errors, model);
	}

	private Offer quote(BookingRequest request) {
		Quote price = this.bookings.quote(request.roomCode(), request.stay(), request.packageCode(),
				request.currency());
		Availability.RoomOffer room = this.bookings
			.availability(request.stay(), request.adults(), request.children(), request.currency())
			.rooms()
			.stream()
			.filter((offer) -> offer.roomCode().equals(request.roomCode()))
			.findFirst()
			.orElse(null);
		return new Offer(price, (room != null) && room.available(), (room != null) ? room.unitsLeft() : 0,
				(room != null) ? room.reason() : null);
	}

	private @Nullable BookingRequest request(StaffBookingForm form, String actor, Map<String, String> errors) {
		String room = text(form.room());
		if (room == null) {
			errors.put("room", "desk.invalid.required");
		}
		else if (this.catalog.room(room).isEmpty()) {
			errors.put("room", "desk.invalid.room");
		}
		LocalDate checkIn = BookingPageController.date(form.checkIn(), "checkIn", errors);
		LocalDate checkOut = BookingPageController.date(form.checkOut(), "checkOut", errors);
		if (checkIn != null && checkOut != null && !checkOut.isAfter(checkIn)) {
			errors.put("checkOut", "desk.invalid.checkOutAfterCheckIn");
		}
		int adults = number(form.adults(), "adults", 1, errors);
		int children = number(form.children(), "children", 0, errors);
		String firstName = required(form.firstName(), "firstName", 100, errors);
		String lastName = required(form.lastName(), "lastName", 100, errors);
		String email = required(form.email(), "email", 200, errors);
		if (email != null && !EMAIL.matcher(email).matches()) {
			errors.put("email", "desk.invalid.email");
		}
		String phone = optional(form.phone(), "phone", 50, errors);
		String country = text(form.country());
		if (country != null && !COUNTRY.matcher(country).matches()) {
			errors.put("country", "desk.invalid.country");
		}
		String language = LANGUAGES.contains(String.valueOf(text(form.language()))) ? text(form.language()) : "en";
		String packageCode = text(form.packageCode());
		CurrencyCode currency = null;
		try {
			currency = CurrencyCode.parse(String.valueOf(text(form.currency())));
		}
		catch (IllegalArgumentException ex) {
			errors.put("currency", "desk.invalid.currency");
		}
		PaymentMethod method = PaymentMethod.find(String.valueOf(text(form.paymentMethod())))
			.filter(METHODS::contains)
			.orElse(null);
		if (method == null) {
			errors.put("paymentMethod", "desk.invalid.paymentMethod");
		}
		BookingSource source = SOURCES.stream()
			.filter((candidate) -> candidate.code().equals(text(form.source())))
			.findFirst()
			.orElse(null);
		if (source == null) {
			errors.put("source", "desk.invalid.source");
		}
		String requests = optional(form.specialRequests(), "specialRequests", 2000, errors);
		if (!errors.isEmpty() || room == null || checkIn == null || checkOut == null || firstName == null
				|| lastName == null || email == null || currency == null || method == null || source == null) {
			if (errors.isEmpty()) {
				errors.put("form", "desk.invalid.required");
			}
			return null;
		}
		GuestDetails guest = new GuestDetails(firstName, lastName, email.toLowerCase(Locale.ROOT), phone,
				(country != null) ? country.toUpperCase(Locale.ROOT) : null, language);
		return new BookingRequest(room, new StayPeriod(checkIn, checkOut), adults, children, guest, packageCode,
				currency, method, requests, source, actor, null);
	}

	private String page(StaffBookingForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("rooms", this.catalog.rooms());
		model.addAttribute("packages", this.catalog.packages());
		model.addAttribute("currencies", CurrencyCode.values());
		model.addAttribute("methods", METHODS);
		model.addAttribute("sources", SOURCES);
		model.addAttribute("languages", LANGUAGES);
		return "staff/desk/new-booking";
	}

	private static String field(String field) {
		return switch (field) {
			case "roomCode" -> "room";
			case "guest.email" -> "email";
			case "checkIn", "checkOut", "adults", "children", "packageCode", "currency", "paymentMethod" -> field;
			default -> "form";
		};
	}

	private static int number(@Nullable String value, String field, int minimum, Map<String, String> errors) {
		try {
			int number = Integer.parseInt(String.valueOf(value).trim());
			if (number < minimum || number > 50) {
				errors.put(field, "desk.invalid." + field);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			errors.put(field, "desk.invalid." + field);
			return minimum;
		}
	}

	private static @Nullable String required(@Nullable String value, String field, int max,
			Map<String, String> errors) {
		String text = text(value);
		if (text == null) {
			errors.put(field, "desk.invalid.required");
			return null;
		}
		if (text.length() > max) {
			errors.put(field, "desk.invalid.tooLong");
		}
		return text;
	}

	private static @Nullable String optional(@Nullable String value, String field, int max,
			Map<String, String> errors) {
		String text = text(value);
		if (text != null && text.length() > max) {
			errors.put(field, "desk.invalid.tooLong");
		}
		return text;
	}

	private static @Nullable String text(@Nullable String value) {
		return BookingPageController.isBlank(value) ? null : value.trim();
	}

	/**
	 * The phone booking form as typed; {@code intent} is {@code quote} to see the price
	 * or {@code book} to make the booking.
	 */
	record StaffBookingForm(@Nullable String room, @Nullable String checkIn, @Nullable String checkOut,
			@Nullable String adults, @Nullable String children, @Nullable String firstName, @Nullable String lastName,
			@Nullable String email, @Nullable String phone, @Nullable String country, @Nullable String language,
			@Nullable String packageCode, @Nullable String currency, @Nullable String paymentMethod,
			@Nullable String source, @Nullable String specialRequests, @Nullable String formKey,
			@Nullable String intent) {
	}

	/**
	 * What a stay would cost and whether a unit is free for it.
	 */
	record Offer(Quote price, boolean available, int unitsLeft, @Nullable String reason) {
	}

}
