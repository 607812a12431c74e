package org.pondok.web.staff;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.NewSeasonalRate;
import org.pondok.catalog.SeasonSetup;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

import org.springframework.validation.Errors;

/**
 * The season form as the browser sends it.
 */
public class RateForm {

	private @Nullable String roomCode;

	private @Nullable String name;

	private @Nullable String startDate;

	private @Nullable String endDate;

	private @Nullable String nightlyRate;

	private @Nullable String minNights = "1";

	static RateForm of(SeasonSetup season) {
		RateForm form = new RateForm();
		form.roomCode = season.roomCode();
		form.name = season.name();
		form.startDate = season.startDate().toString();
		form.endDate = season.endDate().toString();
		form.nightlyRate = season.nightlyRate().amount().toPlainString();
		form.minNights = String.valueOf(season.minNights());
		return form;
	}

	/**
	 * The season, or {@code null} when a field is wrong (each rejected on
	 * {@code errors}): the end must come after the start and the rate above zero.
	 */
	@Nullable NewSeasonalRate rate(Errors errors, CurrencyCode currency) {
		FormValues values = new FormValues(errors);
		values.text("roomCode", this.roomCode, 32);
		String seasonName = values.text("name", this.name, 100);
		LocalDate start = values.date("startDate", this.startDate);
		LocalDate end = values.date("endDate", this.endDate);
		if (start != null && end != null && !end.isAfter(start)) {
			errors.rejectValue("endDate", "catalog.error.endBeforeStart");
		}
		BigDecimal rate = values.amount("nightlyRate", this.nightlyRate, currency.fractionDigits(), true);
		Integer nights = values.number("minNights", this.minNights, 1, 365);
		if (errors.hasErrors()) {
			return null;
		}
		return new NewSeasonalRate(seasonName, start, end, Money.of(rate, currency), nights);
	}

	public @Nullable String getRoomCode() {
		return this.roomCode;
	}

	public void setRoomCode(@Nullable String roomCode) {
		this.roomCode = roomCode;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getStartDate() {
		return this.startDate;
	}

	public void setStartDate(@Nullable String startDate) {
		this.startDate = startDate;
	}

	public @Nullable String getEndDate() {
		return this.endDate;
	}

	public void setEndDate(@Nullable String endDate) {
		this.endDate = endDate;
	}

	public @Nullable String getNightlyRate() {
		return this.nightlyRate;
	}

	public void setNightlyRate(@Nullable String nightlyRate) {
		this.nightlyRate = nightlyRate;
	}

	public @Nullable String getMinNights() {
		return this.minNights;
	}

	public void setMinNights(@Nullable String minNights) {
		this.minNights = minNights;
	}

}
