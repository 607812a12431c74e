package org.pondok.booking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

/**
 * The full price of a stay in the guest's currency: each night, the package, service
 * charge and tax, the total, what is due now and when the balance is due ({@code null}
 * when everything is due now).
 */
public record Quote(CurrencyCode currency, BigDecimal exchangeRate, List<NightlyRate> nightly, Money rooms,
		Money packagePrice, Money serviceCharge, Money tax, Money total, Money dueNow,
		@Nullable LocalDate balanceDueDate) {

	public Money balance() {
		return this.total.minus(this.dueNow);
	}

}
