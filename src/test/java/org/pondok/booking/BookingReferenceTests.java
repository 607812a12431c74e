package org.pondok.booking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BookingReferenceTests {

	@Test
	void formatsSixDigitsAndGrowsPastThem() {
		assertThat(BookingReference.of(1).value()).isEqualTo("BK-000001");
		assertThat(BookingReference.of(31).value()).isEqualTo("BK-000031");
		assertThat(BookingReference.of(1_234_567).value()).isEqualTo("BK-1234567");
	}

	@Test
	void readsAReferenceAsAGuestTypesIt() {
		assertThat(BookingReference.parse(" bk-000031 ")).isEqualTo(BookingReference.of(31));
	}

	@Test
	void refusesWhatIsNotAReference() {
		assertThatIllegalArgumentException().isThrownBy(() -> BookingReference.parse("BK-31"));
		assertThatIllegalArgumentException().isThrownBy(() -> BookingReference.parse("BK-00003A"));
		assertThatIllegalArgumentException().isThrownBy(() -> BookingReference.parse("' OR 1=1 --"));
		assertThatIllegalArgumentException().isThrownBy(() -> BookingReference.of(0));
	}

}
