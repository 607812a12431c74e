package org.pondok.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.pondok.shared.Money;

/**
 * A package to add: a bundle of services sold with a stay in one of {@code roomCodes} for
 * at least {@code minNights}. Texts are English; {@code translations} holds other
 * languages, keyed by language code.
 */
public record NewPackage(String code, String name, @Nullable String summary, @Nullable String description,
		List<String> inclusions, Money price, int minNights, List<String> roomCodes,
		Map<String, Translation> translations) {

	public NewPackage {
		Codes.require(code, "package");
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

	/**
	 * The package's texts in one language; an empty {@code inclusions} means the English
	 * ones are shown.
	 */
	public record Translation(String name, @Nullable String summary, @Nullable String description,
			List<String> inclusions) {

		public Translation {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("A translated package needs a name");
			}
			inclusions = Lines.require(inclusions, "An inclusion");
		}

	}

}
