package org.pondok.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A room's rate for a season. The seasons of one room never overlap, so each night has at
 * most one seasonal rate; nights outside every season sell at the room's base rate.
 */
@Table("seasonal_rates")
class SeasonalRate {

	@Id
	private @Nullable Long id;

	private long roomId;

	private String name;

	private LocalDate startDate;

	private LocalDate endDate;

	private BigDecimal nightlyRate;

	private int minNights;

	private Instant createdAt;

	@PersistenceCreator
	SeasonalRate(@Nullable Long id, long roomId, String name, LocalDate startDate, LocalDate endDate,
			BigDecimal nightlyRate, int minNights, Instant createdAt) {
		this.id = id;
		this.roomId = roomId;
		this.name = name;
		this.startDate = startDate;
		this.endDate = endDate;
		this.nightlyRate = nightlyRate;
		this.minNights = minNights;
		this.createdAt = createdAt;
	}

	static SeasonalRate of(long roomId, NewSeasonalRate rate, Instant now) {
		return new SeasonalRate(null, roomId, rate.name(), rate.startDate(), rate.endDate(),
				rate.nightlyRate().amount(), rate.minNights(), now);
	}

	/**
	 * @return what changed, for the audit trail
	 */
	String change(long roomId, NewSeasonalRate rate, CurrencyCode currency) {
		ChangeNotes notes = new ChangeNotes().value("room", this.roomId, roomId)
			.value("name", this.name, rate.name())
			.value("from", this.startDate, rate.startDate())
			.value("until", this.endDate, rate.endDate())
			.value("nightly rate", Money.of(this.nightlyRate, currency), rate.nightlyRate())
			.value("minimum nights", this.minNights, rate.minNights());
		this.roomId = roomId;
		this.name = rate.name();
		this.startDate = rate.startDate();
		this.endDate = rate.endDate();
		this.nightlyRate = rate.nightlyRate().amount();
		this.minNights = rate.minNights();
		return notes.toString();
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("The season has not been saved yet");
		}
		return this.id;
	}

	SeasonSetup setup(String roomCode, CurrencyCode currency) {
		return new SeasonSetup(id(), roomCode, this.name, this.startDate, this.endDate,
				Money.of(this.nightlyRate, currency), this.minNights);
	}

	String name() {
		return this.name;
	}

	long roomId() {
		return this.roomId;
	}

	SeasonalRateView view(String roomCode, CurrencyCode currency) {
		return new SeasonalRateView(roomCode, this.name, this.startDate, this.endDate,
				Money.of(this.nightlyRate, currency), this.minNights);
	}

}
