package org.pondok.booking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pondok.catalog.CancellationPolicy;
import org.pondok.catalog.PackageView;
import org.pondok.catalog.RoomView;
import org.pondok.catalog.SeasonalRateView;
import org.pondok.catalog.UnitView;
import org.pondok.catalog.VillaView;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;
import org.pondok.shared.StayPeriod;

import static org.assertj.core.api.Assertions.assertThat;

class PriceCalculatorTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private final PriceCalculator prices = new PriceCalculator();

	@Test
	void addsServiceChargeAndThenTaxOnTop() {
		Quote quote = this.prices.quote(room("120"), List.of(), null, villa("10", "11", "100", 0),
				StayPeriod.of(TODAY.plusDays(30), 3), CurrencyCode.USD, BigDecimal.ONE, TODAY);

		assertThat(quote.rooms()).isEqualTo(usd("360.00"));
		assertThat(quote.serviceCharge()).isEqualTo(usd("36.00"));
		assertThat(quote.tax()).isEqualTo(usd("43.56"));
		assertThat(quote.total()).isEqualTo(usd("439.56"));
	}

	@Test
	void takesTheSeasonalRateForTheNightsItCovers() {
		SeasonalRateView high = new SeasonalRateView("standard-room", "High season", TODAY.plusDays(31),
				TODAY.plusDays(40), usd("200"), 1);

		Quote quote = this.prices.quote(room("120"), List.of(high), null, villa("0", "0", "100", 0),
				StayPeriod.of(TODAY.plusDays(30), 3), CurrencyCode.USD, BigDecimal.ONE, TODAY);

		assertThat(quote.nightly()).extracting((night) -> night.rate().amount().toPlainString())
			.containsExactly("120.00", "200.00", "200.00");
		assertThat(quote.nightly().get(1).rateName()).isEqualTo("High season");
		assertThat(quote.total()).isEqualTo(usd("520.00"));
	}

	@Test
	void convertsEachNightSoTheNightsAddUpToTheTotal() {
		Quote quote = this.prices.quote(room("85"), List.of(), null, villa("0", "0", "100", 0),
				StayPeriod.of(TODAY.plusDays(10), 3), CurrencyCode.EUR, new BigDecimal("0.9237"), TODAY);

		assertThat(quote.nightly()).allSatisfy((night) -> assertThat(night.rate()).isEqualTo(eur("78.51")));
		assertThat(quote.rooms()).isEqualTo(eur("235.53"));
	}

	@Test
	void pricesIdrInWholeRupiah() {
		Quote quote = this.prices.quote(room("120"), List.of(), null, villa("10", "11", "100", 0),
				StayPeriod.of(TODAY.plusDays(10), 1), CurrencyCode.IDR, new BigDecimal("16250.75"), TODAY);

		assertThat(quote.rooms().amount()).isEqualByComparingTo("1950090");
		assertThat(quote.total().amount().scale()).isZero();
	}

	@Test
	void addsThePackageOncePerStay() {
		PackageView romance = new PackageView(1, "romantic-getaway", "Romantic Getaway", null, null, List.of(),
				usd("599"), 2, List.of("standard-room"));

		Quote quote = this.prices.quote(room("120"), List.of(), romance, villa("0", "0", "100", 0),
				StayPeriod.of(TODAY.plusDays(10), 3), CurrencyCode.USD, BigDecimal.ONE, TODAY);

		assertThat(quote.packagePrice()).isEqualTo(usd("599.00"));
		assertThat(quote.total()).isEqualTo(usd("959.00"));
	}

	@Test
	void asksForADepositUntilTheBalanceIsDue() {
		Quote quote = this.prices.quote(room("100"), List.of(), null, villa("0", "0", "30", 14),
				StayPeriod.of(TODAY.plusDays(30), 2), CurrencyCode.USD, BigDecimal.ONE, TODAY);

		assertThat(quote.dueNow()).isEqualTo(usd("60.00"));
		assertThat(quote.balanceDueDate()).isEqualTo(TODAY.plusDays(16));
		assertThat(quote.balance()).isEqualTo(usd("140.00"));
	}

	@Test
	void asksForEverythingNowOnceTheBalanceDayHasCome() {
		Quote quote = this.prices.quote(room("100"), List.of(), null, villa("0", "0", "30", 14),
				StayPeriod.of(TODAY.plusDays(10), 2), CurrencyCode.USD, BigDecimal.ONE, TODAY);

		assertThat(quote.dueNow()).isEqualTo(usd("200.00"));
		assertThat(quote.balanceDueDate()).isNull();
	}

	@Test
	void theLongestMinimumStayOfTheSeasonsTouchedApplies() {
		SeasonalRateView christmas = new SeasonalRateView("standard-room", "Christmas", TODAY.plusDays(5),
				TODAY.plusDays(10), usd("300"), 4);

		assertThat(this.prices.minimumNights(room("120"), List.of(christmas), StayPeriod.of(TODAY.plusDays(3), 3)))
			.isEqualTo(4);
		assertThat(this.prices.minimumNights(room("120"), List.of(christmas), StayPeriod.of(TODAY.plusDays(1), 3)))
			.isEqualTo(1);
	}

	private static RoomView room(String rate) {
		return new RoomView(1, "standard-room", "Standard Room", null, null, 2, 1, 3, null, null, List.of(), usd(rate),
				1, List.of(new UnitView(1, "STANDARD-ROOM-1", "Standard Room 1")),
				new CancellationPolicy(7, new BigDecimal("50")));
	}

	private static VillaView villa(String service, String tax, String deposit, int balanceDueDays) {
		return new VillaView(1, "Villa", null, null, "Jl. Raya 1", null, null, "ID", null, null, null, null, null,
				ZoneId.of("Asia/Makassar"), LocalTime.of(14, 0), LocalTime.of(12, 0), null, null, null,
				CurrencyCode.USD, new BigDecimal(tax), new BigDecimal(service), new BigDecimal(deposit), balanceDueDays,
				new CancellationPolicy(7, new BigDecimal("50")));
	}

	private static Money usd(String amount) {
		return Money.of(amount, CurrencyCode.USD);
	}

	private static Money eur(String amount) {
		return Money.of(amount, CurrencyCode.EUR);
	}

}
