package org.pondok.web.staff;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The links of a paged staff list keep the filters it applied, encoded, and leave out
 * those without a value.
 */
class PagerTests {

	@Test
	void linksTheNeighbouringPagesWithTheFilters() {
		Map<String, @Nullable Object> filters = new LinkedHashMap<>();
		filters.put("q", "Müller & Söhne");
		filters.put("status", null);
		filters.put("from", LocalDate.of(2027, 1, 31));

		Pager first = Pager.of("/staff/bookings", filters, 0, 60, 25, 0);
		Pager middle = Pager.of("/staff/bookings", filters, 1, 60, 25, 0);
		Pager last = Pager.of("/staff/bookings", filters, 2, 60, 25, 0);

		assertThat(first.number()).isEqualTo(1);
		assertThat(first.pages()).isEqualTo(3);
		assertThat(first.total()).isEqualTo(60);
		assertThat(first.previous()).isNull();
		assertThat(first.next()).isEqualTo("/staff/bookings?q=M%C3%BCller%20%26%20S%C3%B6hne&from=2027-01-31&page=1");
		assertThat(middle.previous()).endsWith("&page=0");
		assertThat(middle.next()).endsWith("&page=2");
		assertThat(last.next()).isNull();
		assertThat(Pager.of("/staff/audit", Map.of(), 1, 60, 25, 1).next()).isEqualTo("/staff/audit?page=3");
	}

	@Test
	void readsTheFiltersOfARecordByTheNamesOfItsComponents() {
		Pager page = Pager.of("/staff/channels/history", new Shown("Airbnb feed", null, LocalDate.of(2027, 2, 1)), 0,
				30, 25, 0);

		assertThat(page.next()).isEqualTo("/staff/channels/history?integration=Airbnb%20feed&to=2027-02-01&page=1");
	}

	private record Shown(@Nullable String integration, @Nullable String result, @Nullable LocalDate to) {
	}

	@Test
	void countsAnEmptyListAsOnePage() {
		Pager empty = Pager.of("/staff/channels/conflicts", Map.of(), 0, 0, 25, 0);

		assertThat(empty.pages()).isEqualTo(1);
		assertThat(empty.previous()).isNull();
		assertThat(empty.next()).isNull();
	}

}
