package org.pondok.catalog;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;

/**
 * What staff set about the property. Percentages are 0–100; {@code balanceDueDays} is how
 * many days before arrival the balance falls due.
 */
public record VillaDetails(String name, @Nullable String tagline, @Nullable String description, String address,
		@Nullable String city, @Nullable String region, String country, @Nullable String postalCode,
		@Nullable String phone, @Nullable String email, @Nullable String whatsapp, @Nullable String website,
		ZoneId timeZone, LocalTime checkInTime, LocalTime checkOutTime, @Nullable String houseRules,
		@Nullable String wifiName, @Nullable String wifiPassword, CurrencyCode baseCurrency, BigDecimal taxPercent,
		BigDecimal serviceChargePercent, BigDecimal depositPercent, int balanceDueDays,
		CancellationPolicy cancellationPolicy) {

	public VillaDetails {
		requireText(name, "name");
		requireText(address, "address");
		Objects.requireNonNull(country, "country");
		if (!country.matches("[A-Za-z]{2}")) {
			throw new IllegalArgumentException("The country must be a two-letter ISO code");
		}
		country = country.toUpperCase(Locale.ROOT);
		Objects.requireNonNull(timeZone, "timeZone");
		Objects.requireNonNull(checkInTime, "checkInTime");
		Objects.requireNonNull(checkOutTime, "checkOutTime");
		Objects.requireNonNull(baseCurrency, "baseCurrency");
		requirePercent(taxPercent, "tax");
		requirePercent(serviceChargePercent, "service charge");
		requirePercent(depositPercent, "deposit");
		if (balanceDueDays < 0) {
			throw new IllegalArgumentException("Balance due days must not be negative");
		}
		Objects.requireNonNull(cancellationPolicy, "cancellationPolicy");
	}

	private static void requireText(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("The villa's " + field + " is required");
		}
	}

	private static void requirePercent(BigDecimal value, String what) {
		Objects.requireNonNull(value, what);
		if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException("The " + what + " percentage must be between 0 and 100");
		}
	}

}
