package org.pondok.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A short human-readable account of what an edit changed, for the audit trail: values as
 * {@code before → after}, long texts by name only.
 */
final class ChangeNotes {

	private final List<String> notes = new ArrayList<>();

	ChangeNotes value(String what, @Nullable Object before, @Nullable Object after) {
		if (!same(before, after)) {
			this.notes.add(what + " " + shown(before) + " → " + shown(after));
		}
		return this;
	}

	ChangeNotes text(String what, @Nullable Object before, @Nullable Object after) {
		if (!same(before, after)) {
			this.notes.add(what);
		}
		return this;
	}

	boolean isEmpty() {
		return this.notes.isEmpty();
	}

	@Override
	public String toString() {
		return this.notes.isEmpty() ? "nothing changed" : String.join("; ", this.notes);
	}

	private static boolean same(@Nullable Object before, @Nullable Object after) {
		if (before instanceof BigDecimal left && after instanceof BigDecimal right) {
			return left.compareTo(right) == 0;
		}
		return Objects.equals(blankAsNull(before), blankAsNull(after));
	}

	private static @Nullable Object blankAsNull(@Nullable Object value) {
		return (value instanceof String text && text.isBlank()) ? null : value;
	}

	private static String shown(@Nullable Object value) {
		if (value == null) {
			return "–";
		}
		if (value instanceof BigDecimal amount) {
			return amount.stripTrailingZeros().toPlainString();
		}
		String text = value.toString();
		return (text.length() > 60) ? text.substring(0, 57) + "…" : text;
	}

}
