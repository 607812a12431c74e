package org.pondok.catalog;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.CurrencyCode;

/**
 * The property as staff set it, including the WiFi details that only the check-in welcome
 * may show.
 */
public record VillaView(long id, String name, @Nullable String tagline, @Nullable String description, String address,
		@Nullable String city, @Nullable String region, String country, @Nullable String postalCode,
		@Nullable String phone, @Nullable String email, @Nullable String whatsapp, @Nullable String website,
		ZoneId timeZone, LocalTime checkInTime, LocalTime checkOutTime, @Nullable String houseRules,
		@Nullable String wifiName, @Nullable String wifiPassword, CurrencyCode baseCurrency, BigDecimal taxPercent,
		BigDecimal serviceChargePercent, BigDecimal depositPercent, int balanceDueDays,
		CancellationPolicy cancellationPolicy) {

	/**
	 * The villa with the texts of another language where it has them.
	 */
	VillaView in(VillaTexts texts) {
		return new VillaView(this.id, this.name, (texts.tagline() != null) ? texts.tagline() : this.tagline,
				(texts.description() != null) ? texts.description() : this.description, this.address, this.city,
				this.region, this.country, this.postalCode, this.phone, this.email, this.whatsapp, this.website,
				this.timeZone, this.checkInTime, this.checkOutTime,
				(texts.houseRules() != null) ? texts.houseRules() : this.houseRules, this.wifiName, this.wifiPassword,
				this.baseCurrency, this.taxPercent, this.serviceChargePercent, this.depositPercent, this.balanceDueDays,
				this.cancellationPolicy);
	}

}
