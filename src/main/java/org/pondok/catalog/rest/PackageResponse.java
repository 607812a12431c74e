package org.pondok.catalog.rest;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pondok.catalog.PackageView;

record PackageResponse(String code, String name, @Nullable String summary, @Nullable String description,
		List<String> inclusions, MoneyResponse price, int minNights, List<String> roomCodes) {

	static PackageResponse of(PackageView offer) {
		return new PackageResponse(offer.code(), offer.name(), offer.summary(), offer.description(), offer.inclusions(),
				MoneyResponse.of(offer.price()), offer.minNights(), offer.roomCodes());
	}

}
