package org.pondok.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTests {

	@Test
	void holdsAmountsAtTheCurrencyScale() {
		assertThat(Money.of("450", CurrencyCode.USD).amount()).isEqualByComparingTo("450.00");
		assertThat(Money.of("450", CurrencyCode.USD).amount().scale()).isEqualTo(2);
		assertThat(Money.of("7200000.4", CurrencyCode.IDR).amount().scale()).isZero();
	}

	@Test
	void roundsHalfEvenToTheCurrencyScale() {
		assertThat(Money.of("10.005", CurrencyCode.USD).amount()).isEqualByComparingTo("10.00");
		assertThat(Money.of("10.015", CurrencyCode.USD).amount()).isEqualByComparingTo("10.02");
		assertThat(Money.of("2.5", CurrencyCode.IDR).amount()).isEqualByComparingTo("2");
		assertThat(Money.of("3.5", CurrencyCode.IDR).amount()).isEqualByComparingTo("4");
	}

	@Test
	void convertsIdrWithoutMinorUnits() {
		Money usd = Money.of("120.00", CurrencyCode.USD);

		Money idr = usd.convert(CurrencyCode.IDR, new BigDecimal("16250.5"));

		assertThat(idr).isEqualTo(Money.of("1950060", CurrencyCode.IDR));
	}

	@Test
	void takesAShareExactly() {
		assertThat(Money.of("450.00", CurrencyCode.USD).percent(new BigDecimal("11")))
			.isEqualTo(Money.of("49.50", CurrencyCode.USD));
		assertThat(Money.of("33.33", CurrencyCode.EUR).percent(new BigDecimal("10")))
			.isEqualTo(Money.of("3.33", CurrencyCode.EUR));
	}

	@Test
	void refusesToMixCurrencies() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Money.of("1", CurrencyCode.USD).plus(Money.of("1", CurrencyCode.EUR)));
	}

	@Test
	void refusesANonPositiveRate() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Money.of("1", CurrencyCode.USD).convert(CurrencyCode.EUR, BigDecimal.ZERO));
	}

	@Test
	void readsCurrencyCodesInAnyCase() {
		assertThat(CurrencyCode.parse(" eur ")).isEqualTo(CurrencyCode.EUR);
		assertThatIllegalArgumentException().isThrownBy(() -> CurrencyCode.parse("JPY"));
	}

}
