package org.pondok.booking;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.Money;
import org.pondok.shared.StayPeriod;

/**
 * Everything known about one booking, for reading.
 */
public record BookingView(BookingReference reference, BookingStatus status, String roomCode, long unitId,
		StayPeriod stay, int adults, int children, GuestDetails guest, @Nullable String packageCode,
		@Nullable String specialRequests, BookingSource source, @Nullable String channelReference, Quote price,
		@Nullable PaymentMethod paymentMethod, PaymentStatus paymentStatus, Money paid, @Nullable Money refundDue,
		@Nullable String cancellationReason, @Nullable String createdBy, Instant createdAt, Instant updatedAt,
		List<StatusEntry> history) {

	/**
	 * One move of the booking's status.
	 */
	public record StatusEntry(@Nullable BookingStatus from, BookingStatus to, String by, Instant at,
			@Nullable String note) {
	}

}
