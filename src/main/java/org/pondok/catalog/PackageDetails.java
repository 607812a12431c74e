package org.pondok.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.Money;

/**
 * What staff may change about a package: everything but its code. Texts are English;
 * {@code translations} replaces the other languages the package had.
 */
public record PackageDetails(String name, @Nullable String summary, @Nullable String description,
		List<String> inclusions, Money price, int minNights, List<String> roomCodes, boolean active,
		Map<String, NewPackage.Translation> translations) {

	public PackageDetails {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new IllegalArgumentException("A package needs a name of at most 200 characters");
		}
		Objects.requireNonNull(price, "price");
		if (price.isNegative()) {
			throw new IllegalArgumentException("A package's price must not be negative");
		}
		if (minNights < 1) {
			throw new IllegalArgumentException("The minimum stay is at least one night");
		}
		inclusions = Lines.require(inclusions, "An inclusion");
		roomCodes = List.copyOf(roomCodes);
		if (roomCodes.isEmpty()) {
			throw new IllegalArgumentException("A package applies to at least one room");
		}
		translations = Map.copyOf(translations);
	}

}
