package org.pondok.booking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pondok.booking.BookingStatus.CANCELLED;
import static org.pondok.booking.BookingStatus.CHECKED_IN;
import static org.pondok.booking.BookingStatus.CHECKED_OUT;
import static org.pondok.booking.BookingStatus.CONFIRMED;
import static org.pondok.booking.BookingStatus.NO_SHOW;
import static org.pondok.booking.BookingStatus.PENDING;

class BookingStatusTests {

	@Test
	void followsTheLifeCycle() {
		assertThat(PENDING.next()).containsExactlyInAnyOrder(CONFIRMED, CANCELLED);
		assertThat(CONFIRMED.next()).containsExactlyInAnyOrder(CHECKED_IN, CANCELLED, NO_SHOW);
		assertThat(CHECKED_IN.next()).containsExactly(CHECKED_OUT);
		assertThat(CHECKED_OUT.next()).isEmpty();
		assertThat(CANCELLED.next()).isEmpty();
		assertThat(NO_SHOW.next()).isEmpty();
	}

	@Test
	void refusesCheckInBeforeConfirmation() {
		assertThat(PENDING.canMoveTo(CHECKED_IN)).isFalse();
	}

	@Test
	void refusesToCancelAStayThatBegan() {
		assertThat(CHECKED_IN.canMoveTo(CANCELLED)).isFalse();
		assertThat(PENDING.canMoveTo(NO_SHOW)).isFalse();
	}

	@Test
	void cancelledAndNoShowBookingsHoldNoNights() {
		assertThat(CANCELLED.holdsNights()).isFalse();
		assertThat(NO_SHOW.holdsNights()).isFalse();
		assertThat(CONFIRMED.holdsNights()).isTrue();
	}

	@Test
	void readsAndWritesLowerCaseCodes() {
		assertThat(CHECKED_IN.code()).isEqualTo("checked_in");
		assertThat(BookingStatus.ofCode("no_show")).isEqualTo(NO_SHOW);
	}

}
