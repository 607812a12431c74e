package org.pondok.booking.rest;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingOutcome;
import org.pondok.booking.BookingRequest;
import org.pondok.booking.BookingView;
import org.pondok.booking.GuestDetails;
import org.pondok.booking.IdempotencyConflictException;
import org.pondok.booking.PaymentMethod;
import org.pondok.booking.BookingPage;
import org.pondok.booking.BookingReference;
import org.pondok.booking.BookingRequestException;
import org.pondok.booking.BookingSearch;
import org.pondok.booking.BookingSource;
import org.pondok.booking.BookingStatus;
import org.pondok.booking.BookingSummary;
import org.pondok.booking.IllegalTransitionException;
import org.pondok.booking.UnknownBookingException;
import org.pondok.inventory.NightsUnavailableException;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;
import org.pondok.shared.Problems;
import org.pondok.shared.StayPeriod;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class BookingRestController {

	private static final Set<PaymentMethod> GUEST_PAYMENT_METHODS = EnumSet.of(PaymentMethod.STRIPE,
			PaymentMethod.PAYPAL, PaymentMethod.BANK_TRANSFER);

	private final BookingManagement bookings;

	BookingRestController(BookingManagement bookings) {
		this.bookings = bookings;
	}

	/**
	 * The search reads its parameters from the request itself: resolving five
	 * {@code @RequestParam}s made a data binder and ran the conversion service (with its
	 * annotation comparisons) for each, on the hottest path.
	 */
	@GetMapping("/availability")
	@Parameter(name = "checkIn", in = ParameterIn.QUERY, required = true,
			schema = @Schema(type = "string", format = "date"))
	@Parameter(name = "checkOut", in = ParameterIn.QUERY, required = true,
			schema = @Schema(type = "string", format = "date"))
	@Parameter(name = "adults", in = ParameterIn.QUERY,
			schema = @Schema(type = "integer", defaultValue = "2", minimum = "1"))
	@Parameter(name = "children", in = ParameterIn.QUERY,
			schema = @Schema(type = "integer", defaultValue = "0", minimum = "0"))
	@Parameter(name = "currency", in = ParameterIn.QUERY, schema = @Schema(type = "string", defaultValue = "USD",
			allowableValues = { "USD", "EUR", "IDR", "GBP", "AUD" }))
	AvailabilityResponse availability(@Parameter(hidden = true) HttpServletRequest request) {
		LocalDate checkIn = isoDate("checkIn", required(request, "checkIn"));
		LocalDate checkOut = isoDate("checkOut", required(request, "checkOut"));
		String currency = request.getParameter("currency");
		return AvailabilityResponse.of(this.bookings.availability(stay(checkIn, checkOut), count(request, "adults", 2),
				count(request, "children", 0),
				(currency != null && !currency.isBlank()) ? currency(currency) : CurrencyCode.USD));
	}

	private static String required(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		if (value == null || value.isBlank()) {
			throw new BookingRequestException(name, "is required");
		}
		return value;
	}

	private static int count(HttpServletRequest request, String name, int absent) {
		String value = request.getParameter(name);
		if (value == null || value.isBlank()) {
			return absent;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new BookingRequestException(name, "has the wrong type or format");
		}
	}

	/**
	 * Dates are read here rather than by an annotated converter: the search is the
	 * hottest path, and the converter's lookup, keyed by the parameter's annotations,
	 * cost more than the parsing itself.
	 */
	private static LocalDate isoDate(String field, String text) {
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw new BookingRequestException(field, "has the wrong type or format");
		}
	}

	@PostMapping("/bookings")
	ResponseEntity<BookingResponse> create(@RequestBody @Valid CreateBookingRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
			throw new BookingRequestException("Idempotency-Key", "must be 1 to 255 characters");
		}
		PaymentMethod method = PaymentMethod.find(body.paymentMethod().trim().toLowerCase(Locale.ROOT))
			.filter(GUEST_PAYMENT_METHODS::contains)
			.orElseThrow(
					() -> new BookingRequestException("paymentMethod", "must be one of stripe, paypal, bank_transfer"));
		var guest = body.guest();
		GuestDetails details = new GuestDetails(guest.firstName().trim(), guest.lastName().trim(),
				guest.email().trim().toLowerCase(Locale.ROOT), blankToNull(guest.phone()),
				(guest.country() != null) ? guest.country().toUpperCase(Locale.ROOT) : null,
				(guest.language() != null) ? guest.language() : "en");
		BookingRequest request = new BookingRequest(body.roomCode(), stay(body.checkIn(), body.checkOut()),
				body.adults(), (body.children() != null) ? body.children() : 0, details,
				blankToNull(body.packageCode()),
				(body.currency() != null) ? currency(body.currency()) : CurrencyCode.USD, method,
				blankToNull(body.specialRequests()), BookingSource.DIRECT, details.email(), null);
		BookingOutcome outcome = this.bookings.book(request, idempotencyKey);
		BookingResponse response = BookingResponse.of(outcome.booking());
		URI location = URI.create("/api/v1/bookings/" + response.reference());
		return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.location(location)
			.header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
			.body(response);
	}

	@PostMapping("/bookings/{reference}/{action}")
	@PreAuthorize("hasAuthority('bookings.write')")
	BookingResponse act(@PathVariable String reference, @PathVariable String action,
			@RequestBody(required = false) @Valid @Nullable ActionRequest body, Principal principal) {
		BookingReference ref = reference(reference);
		String actor = principal.getName();
		BookingView view = switch (action) {
			case "confirm" -> this.bookings.confirm(ref, actor);
			case "check-in" -> this.bookings.checkIn(ref, actor);
			case "check-out" -> this.bookings.checkOut(ref, actor);
			case "cancel" -> this.bookings.cancel(ref, actor, (body != null) ? blankToNull(body.reason()) : null);
			case "no-show" -> this.bookings.markNoShow(ref, actor);
			default -> throw new UnknownActionException(action);
		};
		return BookingResponse.of(view);
	}

	@PutMapping("/bookings/{reference}/stay")
	@PreAuthorize("hasAuthority('bookings.write')")
	BookingResponse changeStay(@PathVariable String reference, @RequestBody @Valid ChangeStayRequest body,
			Principal principal) {
		return BookingResponse.of(this.bookings.changeStay(reference(reference), blankToNull(body.roomCode()),
				stay(body.checkIn(), body.checkOut()), principal.getName()));
	}

	@GetMapping("/bookings")
	@PreAuthorize("hasAuthority('bookings.read')")
	ListResponse list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String roomCode,
			@RequestParam(required = false) @Nullable String source, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		BookingSearch search = new BookingSearch(parse("status", status, BookingStatus::ofCode), from, to, roomCode,
				parse("source", source, BookingSource::ofCode), q);
		BookingPage found = this.bookings.search(search, page, size);
		return new ListResponse(found.items().stream().map(Item::of).toList(), found.page(), found.size(),
				found.total());
	}

	@GetMapping("/bookings/{reference}")
	@PreAuthorize("hasAuthority('bookings.read')")
	BookingResponse show(@PathVariable String reference) {
		return BookingResponse.of(this.bookings.booking(reference(reference)));
	}

	@ExceptionHandler(BookingRequestException.class)
	ProblemDetail badRequest(BookingRequestException ex) {
		return Problems.validation(ex.field(), ex.getMessage());
	}

	@ExceptionHandler(UnknownActionException.class)
	ProblemDetail unknownAction(UnknownActionException ex) {
		return Problems.notFound("There is no booking action '" + ex.getMessage()
				+ "'; the actions are confirm, check-in, check-out, cancel and no-show");
	}

	@ExceptionHandler(IdempotencyConflictException.class)
	ProblemDetail idempotencyConflict(IdempotencyConflictException ex) {
		if (ex.stillRunning()) {
			return Problems.of(HttpStatus.CONFLICT, Problems.IDEMPOTENCY_CONFLICT, "Request in progress",
					ex.getMessage());
		}
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, Problems.IDEMPOTENCY_CONFLICT, "Idempotency key reused",
				ex.getMessage());
	}

	@ExceptionHandler(UnknownBookingException.class)
	ProblemDetail unknown(UnknownBookingException ex) {
		return Problems.notFound(ex.getMessage());
	}

	@ExceptionHandler(NightsUnavailableException.class)
	ProblemDetail unavailable(NightsUnavailableException ex) {
		return Problems.of(HttpStatus.CONFLICT, Problems.UNAVAILABLE, "Not available", ex.getMessage());
	}

	@ExceptionHandler(IllegalTransitionException.class)
	ProblemDetail illegalTransition(IllegalTransitionException ex) {
		return Problems.of(HttpStatus.CONFLICT, Problems.ILLEGAL_TRANSITION, "Not allowed now", ex.getMessage());
	}

	private static StayPeriod stay(LocalDate checkIn, LocalDate checkOut) {
		if (!checkOut.isAfter(checkIn)) {
			throw new BookingRequestException("checkOut", "must be after check-in");
		}
		return new StayPeriod(checkIn, checkOut);
	}

	private static CurrencyCode currency(String code) {
		try {
			return CurrencyCode.parse(code);
		}
		catch (IllegalArgumentException ex) {
			throw new BookingRequestException("currency", "must be one of USD, EUR, IDR, GBP, AUD");
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	static BookingReference reference(String text) {
		try {
			return BookingReference.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new UnknownBookingException(text);
		}
	}

	private static <T> @Nullable T parse(String field, @Nullable String value,
			java.util.function.Function<String, T> parser) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parser.apply(value.trim().toLowerCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BookingRequestException(field, "'" + value + "' is not a known " + field);
		}
	}

	static class UnknownActionException extends RuntimeException {

		UnknownActionException(String action) {
			super(action);
		}

	}

	record ListResponse(List<Item> items, int page, int size, long total) {
	}

	record Item(String reference, String status, String roomCode, LocalDate checkIn, LocalDate checkOut, int nights,
			int adults, int children, String guestName, String guestEmail, @Nullable String guestCountry, String source,
			Money total, String paymentStatus) {

		static Item of(BookingSummary summary) {
			return new Item(summary.reference().value(), summary.status().code(), summary.roomCode(),
					summary.stay().checkIn(), summary.stay().checkOut(), summary.stay().nightCount(), summary.adults(),
					summary.children(), summary.guestName(), summary.guestEmail(), summary.guestCountry(),
					summary.source().code(), summary.total(), summary.paymentStatus().code());
		}

	}

}
