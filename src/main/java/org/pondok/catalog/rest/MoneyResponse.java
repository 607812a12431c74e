package org.pondok.catalog.rest;

import org.pondok.shared.Money;

/**
 * Money as the API writes it: the amount a decimal string at the currency's scale.
 */
record MoneyResponse(String amount, String currency) {

	static MoneyResponse of(Money money) {
		return new MoneyResponse(money.amount().toPlainString(), money.currency().name());
	}

}
