package org.pondok.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CancellationPolicyTests {

	private static final CancellationPolicy PROPERTY = new CancellationPolicy(7, new BigDecimal("50"));

	private static final LocalDate ARRIVAL = LocalDate.of(2025, 8, 20);

	private static final Money TOTAL = Money.of("1000.00", CurrencyCode.USD);

	@Test
	void roomWithoutItsOwnPolicyFollowsTheProperty() {
		assertThat(CancellationPolicy.of(null, null, PROPERTY)).isEqualTo(PROPERTY);
	}

	@Test
	void roomPolicyOverridesEachPartItSets() {
		assertThat(CancellationPolicy.of(14, null, PROPERTY))
			.isEqualTo(new CancellationPolicy(14, new BigDecimal("50")));
		assertThat(CancellationPolicy.of(null, new BigDecimal("100.0000"), PROPERTY))
			.isEqualTo(new CancellationPolicy(7, new BigDecimal("100")));
	}

	@Test
	void cancellingOnTheLastFreeDayCostsNothing() {
		assertThat(PROPERTY.freeUntil(ARRIVAL)).isEqualTo(LocalDate.of(2025, 8, 13));

		assertThat(PROPERTY.fee(TOTAL, ARRIVAL, LocalDate.of(2025, 8, 13))).isEqualTo(Money.zero(CurrencyCode.USD));
	}

	@Test
	void cancellingAfterTheFreePeriodKeepsTheFeeShare() {
		assertThat(PROPERTY.isFree(ARRIVAL, LocalDate.of(2025, 8, 14))).isFalse();

		assertThat(PROPERTY.fee(TOTAL, ARRIVAL, LocalDate.of(2025, 8, 14)))
			.isEqualTo(Money.of("500.00", CurrencyCode.USD));
	}

	@Test
	void refusesAFeeAboveAHundredPercent() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CancellationPolicy(3, new BigDecimal("100.5")));
	}

	@Test
	void refusesNegativeFreeDays() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CancellationPolicy(-1, BigDecimal.TEN));
	}

}
