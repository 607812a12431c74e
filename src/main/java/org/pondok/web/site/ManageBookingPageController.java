package org.pondok.web.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.pondok.booking.BookingManagement;
import org.pondok.booking.BookingReference;
import org.pondok.booking.BookingStatus;
import org.pondok.booking.BookingView;
import org.pondok.booking.IllegalTransitionException;
import org.pondok.booking.ManageLinks;
import org.pondok.booking.UnknownBookingException;
import org.pondok.catalog.CancellationPolicy;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.RoomView;
import org.pondok.shared.Money;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Manage booking: a guest finds a booking by its reference and the e-mail it was made
 * with, or opens it with the link of the confirmation page and the e-mails
 * ({@link ManageLinks}); a wrong e-mail, an unknown reference and a wrong link get the
 * same answer after the same work, and count alike towards the address's limit of failed
 * look-ups. The guest sees the booking and cancels it under its cancellation policy,
 * seeing the refund due before confirming.
 */
@Controller
class ManageBookingPageController {

	private static final String NOBODY = "nobody@pondok.invalid";

	private static final BookingReference NO_BOOKING = BookingReference.of(1);

	private final BookingManagement bookings;

	private final Catalog catalog;

	private final LookupAttempts attempts;

	private final ManageLinks links;

	ManageBookingPageController(BookingManagement bookings, Catalog catalog, LookupAttempts attempts,
			ManageLinks links) {
		this.bookings = bookings;
		this.catalog = catalog;
		this.attempts = attempts;
		this.links = links;
	}

	@GetMapping("/booking/manage")
	String form(Model model) {
		return "site/manage-find";
	}

	@PostMapping("/booking/manage")
	String find(@RequestParam(required = false) @Nullable String reference,
			@RequestParam(required = false) @Nullable String email, HttpServletRequest request, Model model) {
		String address = request.getRemoteAddr();
		model.addAttribute("reference", reference);
		model.addAttribute("email", email);
		if (this.attempts.blocked(address)) {
			model.addAttribute("error", "site.manage.tooMany");
			return "site/manage-find";
		}
		BookingView booking = lookUp(reference);
		byte[] expected = normalise((booking != null) ? booking.guest().email() : NOBODY);
		boolean matches = MessageDigest.isEqual(expected, normalise(email)) && booking != null;
		return opened(matches ? booking : null, address, request, model);
	}

	/**
	 * Shows the booking; with {@code t}, the token of its link, first opens it for this
	 * browser, then answers with the address without the token, so it stays out of the
	 * history and of what the page links to.
	 */
	@GetMapping("/booking/manage/{reference}")
	String show(@PathVariable String reference, @RequestParam(name = "t", required = false) @Nullable String token,
			HttpServletRequest request, Model model) {
		if (token != null) {
			return open(reference, token, request, model);
		}
		BookingView booking = allowed(reference, request);
		if (booking == null) {
			return "redirect:/booking/manage";
		}
		addBooking(booking, request, model);
		return "site/manage";
	}

	@GetMapping("/booking/manage/{reference}/cancel")
	String cancelling(@PathVariable String reference, HttpServletRequest request, Model model) {
		BookingView booking = allowed(reference, request);
		if (booking == null) {
			return "redirect:/booking/manage";
		}
		if (!cancellable(booking)) {
			return "redirect:/booking/manage/" + reference;
		}
		addBooking(booking, request, model);
		RoomView room = this.catalog.room(booking.roomCode()).orElse(null);
		CancellationPolicy policy = (room != null) ? room.cancellationPolicy() : CancellationPolicy.STRICT;
		Money fee = policy.fee(booking.price().total(), booking.stay().checkIn(), this.catalog.today());
		Money refund = (booking.paid().compareTo(fee) > 0) ? booking.paid().minus(fee)
				: Money.zero(booking.paid().currency());
		model.addAttribute("policy", policy);
		model.addAttribute("freeUntil", policy.freeUntil(booking.stay().checkIn()));
		model.addAttribute("fee", fee);
		model.addAttribute("refund", refund);
		return "site/manage-cancel";
	}

	@PostMapping("/booking/manage/{reference}/cancel")
	String cancel(@PathVariable String reference, HttpServletRequest request, RedirectAttributes redirect) {
		BookingView booking = allowed(reference, request);
		if (booking == null) {
			return "redirect:/booking/manage";
		}
		try {
			this.bookings.cancel(booking.reference(), "guest:" + booking.guest().email(), "Cancelled by the guest");
			redirect.addFlashAttribute("done", "site.manage.cancelled");
		}
		catch (IllegalTransitionException ex) {
			redirect.addFlashAttribute("done", "site.manage.notCancellable");
		}
		return "redirect:/booking/manage/" + reference;
	}

	private String open(String reference, String token, HttpServletRequest request, Model model) {
		String address = request.getRemoteAddr();
		model.addAttribute("reference", reference);
		if (this.attempts.blocked(address)) {
			model.addAttribute("error", "site.manage.tooMany");
			return "site/manage-find";
		}
		BookingView booking = lookUp(reference);
		boolean opens = (booking != null) ? this.links.opens(booking.reference(), booking.guest().email(), token)
				: this.links.opens(NO_BOOKING, NOBODY, token);
		return opened(opens ? booking : null, address, request, model);
	}

	/**
	 * Lets this browser see the booking a look-up found, or counts a failed look-up.
	 */
	private String opened(@Nullable BookingView booking, String address, HttpServletRequest request, Model model) {
		if (booking == null) {
			this.attempts.failed(address);
			model.addAttribute("error", "site.manage.notFound");
			return "site/manage-find";
		}
		GuestBookings.allow(request, booking.reference().value());
		return "redirect:/booking/manage/" + booking.reference().value();
	}

	private void addBooking(BookingView booking, HttpServletRequest request, Model model) {
		String lang = SitePageSupport.locale(request).getLanguage();
		model.addAttribute("booking", booking);
		model.addAttribute("room", this.catalog.room(booking.roomCode(), lang).orElse(null));
		model.addAttribute("offer", (booking.packageCode() != null)
				? this.catalog.findPackage(booking.packageCode(), lang).orElse(null) : null);
		model.addAttribute("cancellable", cancellable(booking));
	}

	private static boolean cancellable(BookingView booking) {
		return booking.status().canMoveTo(BookingStatus.CANCELLED);
	}

	private @Nullable BookingView allowed(String reference, HttpServletRequest request) {
		if (!GuestBookings.allowed(request, reference)) {
			return null;
		}
		return lookUp(reference);
	}

	private @Nullable BookingView lookUp(@Nullable String reference) {
		if (reference == null || reference.isBlank()) {
			return null;
		}
		try {
			return this.bookings.booking(BookingReference.parse(reference.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException | UnknownBookingException ex) {
			return null;
		}
	}

	private static byte[] normalise(@Nullable String email) {
		return (email == null) ? new byte[0] : email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
	}

}
