package org.pondok.booking.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pondok.booking.BookingView;
import org.pondok.booking.NightlyRate;
import org.pondok.booking.Quote;
import org.pondok.shared.Money;

/**
 * A booking as the API shows it.
 */
record BookingResponse(String reference, String status, String roomCode, long unitId, LocalDate checkIn,
		LocalDate checkOut, int nights, int adults, int children, Guest guest, @Nullable String packageCode,
		@Nullable String specialRequests, String source, String currency, BigDecimal exchangeRate, Money total,
		Price price, @Nullable String paymentMethod, String paymentStatus, Money paid, @Nullable Money refundDue,
		@Nullable String cancellationReason, Instant createdAt, Instant updatedAt, List<History> history) {

	static BookingResponse of(BookingView view) {
		Quote price = view.price();
		return new BookingResponse(view.reference().value(), view.status().code(), view.roomCode(), view.unitId(),
				view.stay().checkIn(), view.stay().checkOut(), view.stay().nightCount(), view.adults(), view.children(),
				new Guest(view.guest().firstName(), view.guest().lastName(), view.guest().email(), view.guest().phone(),
						view.guest().country(), view.guest().language()),
				view.packageCode(), view.specialRequests(), view.source().code(), price.currency().name(),
				price.exchangeRate(), price.total(), Price.of(price),
				(view.paymentMethod() != null) ? view.paymentMethod().code() : null, view.paymentStatus().code(),
				view.paid(), view.refundDue(), view.cancellationReason(), view.createdAt(), view.updatedAt(),
				view.history()
					.stream()
					.map((entry) -> new History((entry.from() != null) ? entry.from().code() : null, entry.to().code(),
							entry.by(), entry.at(), entry.note()))
					.toList());
	}

	record Guest(String firstName, String lastName, String email, @Nullable String phone, @Nullable String country,
			String language) {
	}

	record Price(List<Night> nightly, Money rooms, Money packagePrice, Money serviceCharge, Money tax, Money total,
			Money dueNow, @Nullable LocalDate balanceDueDate) {

		static Price of(Quote quote) {
			return new Price(quote.nightly().stream().map(Night::of).toList(), quote.rooms(), quote.packagePrice(),
					quote.serviceCharge(), quote.tax(), quote.total(), quote.dueNow(), quote.balanceDueDate());
		}

	}

	record Night(LocalDate date, Money rate, String rateName) {

		static Night of(NightlyRate rate) {
			return new Night(rate.night(), rate.rate(), rate.rateName());
		}

	}

	record History(@Nullable String from, String to, String by, Instant at, @Nullable String note) {
	}

}
