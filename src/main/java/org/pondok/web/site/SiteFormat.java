package org.pondok.web.site;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;
import org.pondok.shared.Money;

/**
 * How the guest site writes money, dates and numbers for a guest: in the guest's locale,
 * and prices of the catalog (in the base currency) converted into the guest's currency at
 * the rate staff set. Amounts keep their currency's minor units, so rupiah show none.
 *
 * @param rate units of {@code currency} one unit of {@code base} buys
 */
public record SiteFormat(Locale locale, CurrencyCode currency, CurrencyCode base, BigDecimal rate) {

	/**
	 * A catalog price in the guest's currency.
	 */
	public String price(@Nullable Money amount) {
		if (amount == null) {
			return "";
		}
		if (amount.currency() == this.base && this.currency != this.base) {
			return money(amount.convert(this.currency, this.rate));
		}
		return money(amount);
	}

	/**
	 * An amount in its own currency, as a booking recorded it.
	 */
	public String money(@Nullable Money amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(this.locale);
		format.setCurrency(Currency.getInstance(amount.currency().name()));
		format.setMinimumFractionDigits(amount.currency().fractionDigits());
		format.setMaximumFractionDigits(amount.currency().fractionDigits());
		return format.format(amount.amount());
	}

	public String date(@Nullable LocalDate date) {
		return (date != null)
				? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale).format(date) : "";
	}

	/**
	 * A date with its day of the week, for arrivals and due dates.
	 */
	public String longDate(@Nullable LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(this.locale).format(date)
				: "";
	}

	public String time(@Nullable LocalTime time) {
		return (time != null)
				? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(this.locale).format(time) : "";
	}

	public String number(long number) {
		return NumberFormat.getIntegerInstance(this.locale).format(number);
	}

	public String percent(@Nullable BigDecimal percent) {
		if (percent == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getPercentInstance(this.locale);
		format.setMaximumFractionDigits(2);
		return format.format(percent.movePointLeft(2));
	}

	/**
	 * A country's name in the guest's language, from its ISO code.
	 */
	public String country(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String name = new Locale("", code.trim()).getDisplayCountry(this.locale);
		return name.isEmpty() ? code : name;
	}

	/**
	 * The name of a month in the guest's language, with its year.
	 */
	public String month(LocalDate day) {
		String pattern = switch (this.locale.getLanguage()) {
			case "ja", "zh" -> "y年M月";
			case "ko" -> "y년 M월";
			default -> "LLLL y";
		};
		return DateTimeFormatter.ofPattern(pattern, this.locale).format(day);
	}

	/**
	 * The short name of a weekday in the guest's language.
	 */
	public String weekday(DayOfWeek day) {
		return day.getDisplayName(TextStyle.SHORT_STANDALONE, this.locale);
	}

}
