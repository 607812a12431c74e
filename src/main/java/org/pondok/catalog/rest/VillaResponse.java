package org.pondok.catalog.rest;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.VillaView;

/**
 * The property as the public sees it: everything but the WiFi details, which only the
 * check-in welcome shows. Times are local to {@code timeZone}, as {@code HH:mm}.
 */
record VillaResponse(String name, @Nullable String tagline, @Nullable String description, String address,
		@Nullable String city, @Nullable String region, String country, @Nullable String postalCode,
		@Nullable String phone, @Nullable String email, @Nullable String whatsapp, @Nullable String website,
		String timeZone, String checkInTime, String checkOutTime, @Nullable String houseRules, String baseCurrency,
		BigDecimal taxPercent, BigDecimal serviceChargePercent, BigDecimal depositPercent, int balanceDueDays,
		CancellationPolicyResponse cancellationPolicy) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	static VillaResponse of(VillaView villa) {
		return new VillaResponse(villa.name(), villa.tagline(), villa.description(), villa.address(), villa.city(),
				villa.region(), villa.country(), villa.postalCode(), villa.phone(), villa.email(), villa.whatsapp(),
				villa.website(), villa.timeZone().getId(), time(villa.checkInTime()), time(villa.checkOutTime()),
				villa.houseRules(), villa.baseCurrency().name(), villa.taxPercent(), villa.serviceChargePercent(),
				villa.depositPercent(), villa.balanceDueDays(),
				CancellationPolicyResponse.of(villa.cancellationPolicy()));
	}

	private static String time(LocalTime time) {
		return TIME.format(time);
	}

}
