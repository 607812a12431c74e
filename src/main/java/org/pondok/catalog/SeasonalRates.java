package org.pondok.catalog;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface SeasonalRates extends ListCrudRepository<SeasonalRate, Long> {

	/**
	 * The room's seasons that share a night with [from, to).
	 */
	List<SeasonalRate> findByRoomIdAndStartDateLessThanAndEndDateGreaterThanOrderByStartDate(long roomId, LocalDate to,
			LocalDate from);

	List<SeasonalRate> findByRoomId(long roomId);

	/**
	 * Every room's seasons that share a night with [from, to).
	 */
	List<SeasonalRate> findByStartDateLessThanAndEndDateGreaterThanOrderByStartDate(LocalDate to, LocalDate from);

}
