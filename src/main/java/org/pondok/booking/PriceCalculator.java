package org.pondok.booking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.PackageView;
import org.pondok.catalog.RoomView;
import org.pondok.catalog.SeasonalRateView;
import org.pondok.catalog.VillaView;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;
import org.pondok.shared.StayPeriod;

/**
 * Prices a stay. Each night takes the seasonal rate that covers it, else the room's base
 * rate, and is converted to the guest's currency and rounded on its own, so the nights
 * add up to the rooms total. The package is priced once per stay. The service charge is a
 * share of rooms and package; tax is charged on rooms, package and service charge
 * together. A deposit share of the total is due now and the rest a set number of days
 * before arrival; when that day has come, everything is due now.
 */
class PriceCalculator {

	Quote quote(RoomView room, List<SeasonalRateView> seasons, @Nullable PackageView stayPackage, VillaView villa,
			StayPeriod stay, CurrencyCode currency, BigDecimal rate, LocalDate today) {
		List<NightlyRate> nightly = new ArrayList<>();
		Money rooms = Money.zero(currency);
		for (LocalDate night : stay.nights()) {
			SeasonalRateView season = seasonOf(night, seasons);
			Money base = (season != null) ? season.nightlyRate() : room.nightlyRate();
			Money price = base.convert(currency, rate);
			nightly.add(new NightlyRate(night, price, (season != null) ? season.name() : "Standard rate"));
			rooms = rooms.plus(price);
		}
		Money packagePrice = (stayPackage != null) ? stayPackage.price().convert(currency, rate) : Money.zero(currency);
		Money subtotal = rooms.plus(packagePrice);
		Money serviceCharge = subtotal.percent(villa.serviceChargePercent());
		Money tax = subtotal.plus(serviceCharge).percent(villa.taxPercent());
		Money total = subtotal.plus(serviceCharge).plus(tax);
		LocalDate balanceDue = stay.checkIn().minusDays(villa.balanceDueDays());
		if (!balanceDue.isAfter(today) || villa.depositPercent().compareTo(BigDecimal.valueOf(100)) >= 0) {
			return new Quote(currency, rate, nightly, rooms, packagePrice, serviceCharge, tax, total, total, null);
		}
		Money deposit = total.percent(villa.depositPercent());
		return new Quote(currency, rate, nightly, rooms, packagePrice, serviceCharge, tax, total, deposit, balanceDue);
	}

	/**
	 * The longest minimum stay among the room and the seasons the stay touches.
	 */
	int minimumNights(RoomView room, List<SeasonalRateView> seasons, StayPeriod stay) {
		int minimum = room.minNights();
		for (LocalDate night : stay.nights()) {
			SeasonalRateView season = seasonOf(night, seasons);
			if (season != null) {
				minimum = Math.max(minimum, season.minNights());
			}
		}
		return minimum;
	}

	private static @Nullable SeasonalRateView seasonOf(LocalDate night, List<SeasonalRateView> seasons) {
		SeasonalRateView found = null;
		for (SeasonalRateView season : seasons) {
			if (!night.isBefore(season.startDate()) && night.isBefore(season.endDate())) {
				// the most recently starting season wins where two overlap
				if (found == null || season.startDate().isAfter(found.startDate())) {
					found = season;
				}
			}
		}
		return found;
	}

}
