package org.pondok.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StayPeriodTests {

	private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

	@Test
	void countsNightsWithCheckOutExclusive() {
		StayPeriod stay = new StayPeriod(MAY_1, MAY_1.plusDays(3));

		assertThat(stay.nightCount()).isEqualTo(3);
		assertThat(stay.nights()).containsExactly(MAY_1, MAY_1.plusDays(1), MAY_1.plusDays(2));
		assertThat(stay.contains(MAY_1.plusDays(3))).isFalse();
	}

	@Test
	void refusesCheckOutOnOrBeforeCheckIn() {
		assertThatIllegalArgumentException().isThrownBy(() -> new StayPeriod(MAY_1, MAY_1));
		assertThatIllegalArgumentException().isThrownBy(() -> new StayPeriod(MAY_1, MAY_1.minusDays(1)));
	}

	@Test
	void backToBackStaysDoNotOverlap() {
		StayPeriod first = StayPeriod.of(MAY_1, 2);
		StayPeriod second = StayPeriod.of(MAY_1.plusDays(2), 2);

		assertThat(first.overlaps(second)).isFalse();
		assertThat(first.overlaps(StayPeriod.of(MAY_1.plusDays(1), 1))).isTrue();
	}

}
