package org.pondok.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.Money;

/**
 * Free cancellation until {@code freeCancellationDays} days before arrival; after that
 * {@code feePercent} of the booking's total is kept.
 */
public record CancellationPolicy(int freeCancellationDays, BigDecimal feePercent) {

	/**
	 * What applies when the property has set nothing: no free cancellation, all kept.
	 */
	public static final CancellationPolicy STRICT = new CancellationPolicy(0, BigDecimal.valueOf(100));

	public CancellationPolicy {
		Objects.requireNonNull(feePercent, "feePercent");
		if (freeCancellationDays < 0) {
			throw new IllegalArgumentException("Free cancellation days must not be negative");
		}
		if (feePercent.signum() < 0 || feePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException("The cancellation fee must be between 0 and 100 percent");
		}
		feePercent = Villa.plain(feePercent);
	}

	/**
	 * A room's own policy where it sets one, each part falling back to the property's.
	 */
	static CancellationPolicy of(@Nullable Integer freeCancellationDays, @Nullable BigDecimal feePercent,
			CancellationPolicy fallback) {
		return new CancellationPolicy(
				(freeCancellationDays != null) ? freeCancellationDays : fallback.freeCancellationDays(),
				(feePercent != null) ? feePercent : fallback.feePercent());
	}

	/**
	 * The last day on which a cancellation is free.
	 */
	public LocalDate freeUntil(LocalDate arrival) {
		return arrival.minusDays(this.freeCancellationDays);
	}

	public boolean isFree(LocalDate arrival, LocalDate cancelledOn) {
		return !cancelledOn.isAfter(freeUntil(arrival));
	}

	/**
	 * What the property keeps when a stay arriving on {@code arrival} is cancelled on
	 * {@code cancelledOn} (a date in the property's zone).
	 */
	public Money fee(Money total, LocalDate arrival, LocalDate cancelledOn) {
		return isFree(arrival, cancelledOn) ? Money.zero(total.currency()) : total.percent(this.feePercent);
	}

}
