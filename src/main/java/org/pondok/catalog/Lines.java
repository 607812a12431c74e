package org.pondok.catalog;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Short lists of one-line texts (amenities, inclusions), kept in one column with one
 * entry per line.
 */
final class Lines {

	private static final String SEPARATOR = "\n";

	private Lines() {
	}

	static List<String> require(List<String> lines, String what) {
		List<String> copy = List.copyOf(lines);
		for (String line : copy) {
			if (line.isBlank() || line.contains("\n") || line.contains("\r")) {
				throw new IllegalArgumentException(what + " is one line of text");
			}
		}
		return copy;
	}

	static @Nullable String join(List<String> lines) {
		return lines.isEmpty() ? null : String.join(SEPARATOR, lines);
	}

	static List<String> split(@Nullable String column) {
		return (column == null || column.isBlank()) ? List.of()
				: Arrays.stream(column.split(SEPARATOR)).filter((line) -> !line.isBlank()).toList();
	}

}
