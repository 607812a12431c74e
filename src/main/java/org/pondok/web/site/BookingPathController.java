package org.pondok.web.site;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.pondok.booking.Availability;
import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingOutcome;
import org.pondok.booking.BookingReference;
import org.pondok.booking.BookingRequest;
import org.pondok.booking.BookingRequestException;
import org.pondok.booking.BookingSource;
import org.pondok.booking.BookingView;
import org.pondok.booking.GuestDetails;
import org.pondok.booking.IdempotencyConflictException;
import org.pondok.booking.PaymentMethod;
import org.pondok.booking.ManageLinks;
import org.pondok.booking.Quote;
import org.pondok.booking.Refusal;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.PackageView;
import org.pondok.catalog.RoomView;
import org.pondok.inventory.NightsUnavailableException;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.StayPeriod;
import org.pondok.web.site.BookingForm.Step;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The booking path, which works without JavaScript: package, guests, the guest's details,
 * the payment method, a review with the full price and the cancellation policy, then the
 * booking (direct, pending until paid) and its confirmation with the bank-transfer
 * instructions and the link that opens it later. Each step checks everything gathered so
 * far and shows a message next to the field that is wrong, in the guest's language, also
 * where the booking module refuses the stay; nothing is stored before the last step. Only
 * the ways to pay that work are offered: bank transfer (when the settings enable it);
 * card and PayPal join once their payment integration does.
 */
@Controller
class BookingPathController {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./-]{5,40}$");

	private final BookingManagement bookings;

	private final Catalog catalog;

	private final SitePageSupport support;

	private final BankTransfer bankTransfer;

	private final ManageLinks links;

	BookingPathController(BookingManagement bookings, Catalog catalog, SitePageSupport support,
			BankTransfer bankTransfer, ManageLinks links) {
		this.bookings = bookings;
		this.catalog = catalog;
		this.support = support;
		this.bankTransfer = bankTransfer;
		this.links = links;
	}

	@GetMapping("/book")
	String start(BookingForm form, HttpServletRequest request, Model model) {
		return render(Step.PACKAGE, form.withKey(UUID.randomUUID().toString()), new LinkedHashMap<>(), request, model);
	}

	@PostMapping("/book")
	String step(BookingForm form, @RequestParam(required = false) @Nullable String step,
			@RequestParam(required = false) @Nullable String go, HttpServletRequest request, Model model) {
		Step current = Step.of(step);
		BookingForm keyed = (form.key() == null || form.key().isBlank()) ? form.withKey(UUID.randomUUID().toString())
				: form;
		if ("back".equals(go)) {
			Step previous = current.previous();
			return render((previous != null) ? previous : current, keyed, new LinkedHashMap<>(), request, model);
		}
		Checked checked = check(keyed, current, request);
		if (!checked.errors().isEmpty()) {
			return render(checked.failedAt(), keyed, checked.errors(), request, model);
		}
		return render(current.next(), keyed, new LinkedHashMap<>(), request, model);
	}

	@PostMapping("/book/confirm")
	String confirm(BookingForm form, HttpServletRequest request, Model model) {
		Checked checked = check(form, Step.REVIEW, request);
		if (!checked.errors().isEmpty() || checked.room() == null || checked.stay() == null || checked.guest() == null
				|| checked.payment() == null || form.key() == null) {
			return render(checked.failedAt(), form, checked.errors(), request, model);
		}
		CurrencyCode currency = this.support.chosenCurrency(request, null);
		if (!quotedAsReviewed(form, checked, currency)) {
			Map<String, Wording> errors = new LinkedHashMap<>();
			errors.put("review", new Wording("site.error.priceChanged"));
			return render(Step.REVIEW, form, errors, request, model);
		}
		BookingRequest booking = new BookingRequest(checked.room().code(), checked.stay(), checked.adults(),
				checked.children(), checked.guest(), (checked.offer() != null) ? checked.offer().code() : null,
				currency, checked.payment(), blankToNull(form.requests()), BookingSource.DIRECT,
				checked.guest().email(), null);
		try {
			BookingOutcome outcome = this.bookings.book(booking, form.key());
			String reference = outcome.booking().reference().value();
			GuestBookings.allow(request, reference);
			return "redirect:/booking/" + reference + "/confirmation";
		}
		catch (NightsUnavailableException ex) {
			return taken(form, model);
		}
		catch (BookingRequestException ex) {
			Map<String, Wording> errors = new LinkedHashMap<>();
			String field = StayErrors.field(ex.refusal());
			errors.put(field, StayErrors.of(ex));
			return render(stepOf(field), form, errors, request, model);
		}
		catch (IdempotencyConflictException ex) {
			Map<String, Wording> errors = new LinkedHashMap<>();
			errors.put("review", new Wording("site.error.changed"));
			return render(Step.REVIEW, form.withKey(UUID.randomUUID().toString()), errors, request, model);
		}
	}

	@GetMapping("/booking/{reference}/confirmation")
	String confirmation(@PathVariable String reference, HttpServletRequest request, Model model) {
		if (!GuestBookings.allowed(request, reference)) {
			return "redirect:/booking/manage";
		}
		BookingView booking = this.bookings.booking(BookingReference.parse(reference));
		String lang = SitePageSupport.locale(request).getLanguage();
		model.addAttribute("booking", booking);
		model.addAttribute("room", this.catalog.room(booking.roomCode(), lang).orElse(null));
		model.addAttribute("offer", (booking.packageCode() != null)
				? this.catalog.findPackage(booking.packageCode(), lang).orElse(null) : null);
		model.addAttribute("bank", this.bankTransfer.details());
		model.addAttribute("dueDate", this.bankTransfer.dueDate(booking));
		model.addAttribute("manageLink", this.links.url(booking.reference(), booking.guest().email()));
		return "site/confirmation";
	}

	private String render(Step step, BookingForm form, Map<String, Wording> errors, HttpServletRequest request,
			Model model) {
		String lang = SitePageSupport.locale(request).getLanguage();
		Locale locale = SitePageSupport.locale(request);
		RoomView room = (form.room() != null) ? this.catalog.room(form.room(), lang).orElse(null) : null;
		StayPeriod stay = stay(form);
		if (room == null || stay == null) {
			return problem(new Wording("site.book.badStay"), form, model);
		}
		CurrencyCode currency = this.support.chosenCurrency(request, null);
		model.addAttribute("step", step);
		model.addAttribute("steps", Step.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("room", room);
		model.addAttribute("stay", stay);
		model.addAttribute("today", this.catalog.today());
		model.addAttribute("partyAdults", Math.max(0, number(form.adults(), 0)));
		model.addAttribute("partyChildren", Math.max(0, number(form.children(), 0)));
		List<PackageView> offers = this.catalog.packages(lang)
			.stream()
			.filter((offer) -> offer.appliesTo(room.code()) && stay.nightCount() >= offer.minNights())
			.toList();
		model.addAttribute("offers", offers);
		PackageView chosen = offers.stream()
			.filter((offer) -> offer.code().equals(form.offer()))
			.findFirst()
			.orElse(null);
		model.addAttribute("offer", chosen);
		try {
			Quote quote = this.bookings.quote(room.code(), stay, (chosen != null) ? chosen.code() : null, currency);
			model.addAttribute("quote", quote);
		}
		catch (BookingRequestException ex) {
			return problem(StayErrors.of(ex), form, model);
		}
		// the party is checked with its fields, so until the review only the stay is
		// asked about
		Wording refused = (step == Step.REVIEW)
				? refusal(room, stay, number(form.adults(), 1), number(form.children(), 0), currency)
				: refusal(room, stay, 1, 0, currency);
		if (refused != null) {
			return problem(refused, form, model);
		}
		model.addAttribute("policy", room.cancellationPolicy());
		model.addAttribute("freeUntil", room.cancellationPolicy().freeUntil(stay.checkIn()));
		model.addAttribute("bankDueDate", this.bankTransfer.dueDate(this.catalog.today(), stay.checkIn()));
		model.addAttribute("payments", offeredPayments());
		if (step == Step.DETAILS) {
			model.addAttribute("countries", countries(locale));
		}
		return "site/book";
	}

	/**
	 * Whether the stay costs what the review showed: rates, the exchange rate or the
	 * package may have changed since.
	 */
	private boolean quotedAsReviewed(BookingForm form, Checked checked, CurrencyCode currency) {
		if (form.quoted() == null || checked.room() == null || checked.stay() == null) {
			return false;
		}
		try {
			Quote quote = this.bookings.quote(checked.room().code(), checked.stay(),
					(checked.offer() != null) ? checked.offer().code() : null, currency);
			return quote.total().amount().compareTo(new BigDecimal(form.quoted().trim())) == 0;
		}
		catch (NumberFormatException | BookingRequestException ex) {
			return false;
		}
	}

	/**
	 * Why the room cannot be booked for the stay and party now, in the guest's words, or
	 * {@code null} when it can.
	 */
	private @Nullable Wording refusal(RoomView room, StayPeriod stay, int adults, int children, CurrencyCode currency) {
		try {
			for (Availability.RoomOffer offer : this.bookings.availability(stay, adults, children, currency).rooms()) {
				if (offer.roomCode().equals(room.code())) {
					if (offer.available()) {
						return null;
					}
					return (offer.refusal() == Refusal.SOLD_OUT || offer.refusal() == null)
							? new Wording("site.book.taken") : StayErrors.of(offer.refusal(), offer.limit());
				}
			}
			return new Wording("site.error.room");
		}
		catch (BookingRequestException ex) {
			return StayErrors.of(ex);
		}
	}

	/**
	 * The ways to pay that work, in the order the payment step lists them.
	 */
	private List<PaymentMethod> offeredPayments() {
		return this.bankTransfer.offered() ? List.of(PaymentMethod.BANK_TRANSFER) : List.of();
	}

	private static String problem(Wording problem, BookingForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		return "site/book-problem";
	}

	private static String taken(BookingForm form, Model model) {
		return problem(new Wording("site.book.taken"), form, model);
	}

	/**
	 * Checks the fields of every step up to {@code upTo}, stopping at the first step with
	 * a wrong field.
	 */
	private Checked check(BookingForm form, Step upTo, HttpServletRequest request) {
		String lang = SitePageSupport.locale(request).getLanguage();
		Map<String, Wording> errors = new LinkedHashMap<>();
		RoomView room = (form.room() != null) ? this.catalog.room(form.room(), lang).orElse(null) : null;
		StayPeriod stay = stay(form);
		if (room == null || stay == null) {
			errors.put("stay", new Wording("site.book.badStay"));
			return new Checked(errors, Step.PACKAGE, room, stay, null, 0, 0, null, null);
		}
		PackageView offer = null;
		if (form.offer() != null && !form.offer().isBlank()) {
			offer = this.catalog.findPackage(form.offer(), lang)
				.filter((found) -> found.appliesTo(room.code()))
				.orElse(null);
			if (offer == null || stay.nightCount() < offer.minNights()) {
				errors.put("offer", (offer == null) ? StayErrors.of(Refusal.PACKAGE_NOT_WITH_ROOM, 0)
						: StayErrors.of(Refusal.PACKAGE_TOO_SHORT, offer.minNights()));
				return new Checked(errors, Step.PACKAGE, room, stay, null, 0, 0, null, null);
			}
		}
		if (upTo == Step.PACKAGE) {
			return new Checked(errors, upTo, room, stay, offer, 0, 0, null, null);
		}
		int adults = number(form.adults(), -1);
		int children = number(form.children(), 0);
		if (adults < 1 || adults > room.maxAdults()) {
			errors.put("adults", StayErrors.of(Refusal.TOO_MANY_ADULTS, room.maxAdults()));
		}
		if (children < 0 || children > room.maxChildren()) {
			errors.put("children", StayErrors.of(Refusal.TOO_MANY_CHILDREN, room.maxChildren()));
		}
		if (errors.isEmpty() && adults + children > room.maxOccupancy()) {
			errors.put("adults", StayErrors.of(Refusal.TOO_MANY_GUESTS, room.maxOccupancy()));
		}
		if (!errors.isEmpty() || upTo == Step.GUESTS) {
			return new Checked(errors, Step.GUESTS, room, stay, offer, adults, children, null, null);
		}
		String firstName = required(form.firstName(), "firstName", 100, errors);
		String lastName = required(form.lastName(), "lastName", 100, errors);
		String email = required(form.email(), "email", 200, errors);
		if (email != null && !EMAIL.matcher(email).matches()) {
			errors.put("email", new Wording("site.error.email"));
		}
		String phone = blankToNull(form.phone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			errors.put("phone", new Wording("site.error.phone"));
		}
		String country = blankToNull(form.country());
		if (country != null && !List.of(Locale.getISOCountries()).contains(country)) {
			errors.put("country", new Wording("site.error.country"));
		}
		String requests = blankToNull(form.requests());
		if (requests != null && requests.length() > 1000) {
			errors.put("requests", new Wording("site.error.tooLong"));
		}
		if (!errors.isEmpty() || upTo == Step.DETAILS || firstName == null || lastName == null || email == null) {
			return new Checked(errors, Step.DETAILS, room, stay, offer, adults, children, null, null);
		}
		GuestDetails guest = new GuestDetails(firstName, lastName, email.toLowerCase(Locale.ROOT), phone, country,
				lang);
		String asked = blankToNull(form.payment());
		PaymentMethod payment = (asked != null) ? PaymentMethod.find(asked.toLowerCase(Locale.ROOT)).orElse(null)
				: null;
		if (payment == null || !offeredPayments().contains(payment)) {
			// a way to pay that exists but is not offered (card, PayPal) is told apart
			errors.put("payment",
					new Wording((payment == null) ? "site.error.payment" : "site.error.paymentUnavailable"));
			return new Checked(errors, Step.PAYMENT, room, stay, offer, adults, children, guest, null);
		}
		return new Checked(errors, upTo, room, stay, offer, adults, children, guest, payment);
	}

	private static @Nullable StayPeriod stay(BookingForm form) {
		try {
			if (form.checkIn() == null || form.checkOut() == null) {
				return null;
			}
			return new StayPeriod(LocalDate.parse(form.checkIn()), LocalDate.parse(form.checkOut()));
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			return null;
		}
	}

	private static int number(@Nullable String text, int fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static @Nullable String required(@Nullable String text, String field, int max,
			Map<String, Wording> errors) {
		String value = blankToNull(text);
		if (value == null) {
			errors.put(field, new Wording("site.error.required"));
			return null;
		}
		if (value.length() > max) {
			errors.put(field, new Wording("site.error.tooLong"));
			return null;
		}
		return value;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static Step stepOf(String field) {
		for (Step step : Step.values()) {
			if (step.fields().contains(field)) {
				return step;
			}
		}
		return Step.PACKAGE;
	}

	private static List<Map.Entry<String, String>> countries(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return List.of(Locale.getISOCountries())
			.stream()
			.map((code) -> Map.entry(code, new Locale("", code).getDisplayCountry(locale)))
			.sorted(Comparator.comparing(Map.Entry::getValue, collator))
			.toList();
	}

	/**
	 * What the checks found: the wrong fields (the guest's words by field) and the step
	 * they belong to, and what could be read.
	 */
	private record Checked(Map<String, Wording> errors, Step failedAt, @Nullable RoomView room,
			@Nullable StayPeriod stay, @Nullable PackageView offer, int adults, int children,
			@Nullable GuestDetails guest, @Nullable PaymentMethod payment) {
	}

}
