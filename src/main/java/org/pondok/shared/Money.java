package org.pondok.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An exact amount in one currency, always held at the currency's scale (rounded
 * half-even).
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
		CurrencyCode currency) implements Comparable<Money> {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		amount = amount.setScale(currency.fractionDigits(), RoundingMode.HALF_EVEN);
	}

	public static Money of(String amount, CurrencyCode currency) {
		return new Money(new BigDecimal(amount), currency);
	}

	public static Money of(BigDecimal amount, CurrencyCode currency) {
		return new Money(amount, currency);
	}

	public static Money zero(CurrencyCode currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(this.amount.add(other.amount), this.currency);
	}

	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(this.amount.subtract(other.amount), this.currency);
	}

	public Money times(int factor) {
		return new Money(this.amount.multiply(BigDecimal.valueOf(factor)), this.currency);
	}

	/**
	 * The given share of this amount, e.g. {@code percent(new BigDecimal("10.5"))}.
	 */
	public Money percent(BigDecimal percent) {
		return new Money(this.amount.multiply(percent).divide(HUNDRED, 10, RoundingMode.HALF_EVEN), this.currency);
	}

	/**
	 * This amount in another currency, given how many units of {@code target} one unit of
	 * this currency buys.
	 */
	public Money convert(CurrencyCode target, BigDecimal rate) {
		if (rate.signum() <= 0) {
			throw new IllegalArgumentException("An exchange rate must be positive");
		}
		return new Money(this.amount.multiply(rate), target);
	}

	@JsonIgnore
	public boolean isZero() {
		return this.amount.signum() == 0;
	}

	@JsonIgnore
	public boolean isNegative() {
		return this.amount.signum() < 0;
	}

	@Override
	public int compareTo(Money other) {
		requireSameCurrency(other);
		return this.amount.compareTo(other.amount);
	}

	private void requireSameCurrency(Money other) {
		if (this.currency != other.currency) {
			throw new IllegalArgumentException("Cannot combine " + this.currency + " with " + other.currency);
		}
	}

	@Override
	public String toString() {
		return this.amount.toPlainString() + " " + this.currency;
	}

}
