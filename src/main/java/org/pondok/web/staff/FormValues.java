package org.pondok.web.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * Reads the text fields of the catalog's forms: each value that cannot be read is
 * rejected on its field with a message from the catalog bundle, and reads as
 * {@code null}.
 */
final class FormValues {

	private final Errors errors;

	FormValues(Errors errors) {
		this.errors = errors;
	}

	/**
	 * A required text of at most {@code max} characters, stripped.
	 */
	@Nullable String text(String field, @Nullable String value, int max) {
		String text = optional(field, value, max);
		if (text == null) {
			this.errors.rejectValue(field, "catalog.error.required");
		}
		return text;
	}

	/**
	 * An optional text of at most {@code max} characters, stripped; blank is
	 * {@code null}.
	 */
	@Nullable String optional(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			this.errors.rejectValue(field, "catalog.error.tooLong", new Object[] { max }, null);
			return null;
		}
		return text;
	}

	/**
	 * A whole number of at least {@code min}.
	 */
	@Nullable Integer number(String field, @Nullable String value, int min, int max) {
		if (value == null || value.isBlank()) {
			this.errors.rejectValue(field, "catalog.error.required");
			return null;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number < min || number > max) {
				this.errors.rejectValue(field, "catalog.error.range", new Object[] { min, max }, null);
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			this.errors.rejectValue(field, "catalog.error.number");
			return null;
		}
	}

	/**
	 * An optional whole number of at least {@code min}; blank is {@code null}.
	 */
	@Nullable Integer optionalNumber(String field, @Nullable String value, int min, int max) {
		return (value == null || value.isBlank()) ? null : number(field, value, min, max);
	}

	/**
	 * An amount of money with at most {@code fractionDigits} decimals, at least zero, or
	 * above zero when {@code positive}.
	 */
	@Nullable BigDecimal amount(String field, @Nullable String value, int fractionDigits, boolean positive) {
		if (value == null || value.isBlank()) {
			this.errors.rejectValue(field, "catalog.error.required");
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(value.strip().replace(",", ""));
			if (amount.scale() > fractionDigits || amount.compareTo(new BigDecimal("1000000000")) >= 0) {
				this.errors.rejectValue(field, "catalog.error.amount");
				return null;
			}
			if (positive ? amount.signum() <= 0 : amount.signum() < 0) {
				this.errors.rejectValue(field, positive ? "catalog.error.positive" : "catalog.error.notNegative");
				return null;
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			this.errors.rejectValue(field, "catalog.error.amount");
			return null;
		}
	}

	/**
	 * A percentage from 0 to 100 with at most four decimals.
	 */
	@Nullable BigDecimal percent(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			this.errors.rejectValue(field, "catalog.error.required");
			return null;
		}
		try {
			BigDecimal percent = new BigDecimal(value.strip());
			if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.scale() > 4) {
				this.errors.rejectValue(field, "catalog.error.percent");
				return null;
			}
			return percent;
		}
		catch (NumberFormatException ex) {
			this.errors.rejectValue(field, "catalog.error.percent");
			return null;
		}
	}

	@Nullable LocalDate date(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			this.errors.rejectValue(field, "catalog.error.required");
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			this.errors.rejectValue(field, "catalog.error.date");
			return null;
		}
	}

	@Nullable LocalTime time(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			this.errors.rejectValue(field, "catalog.error.required");
			return null;
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			this.errors.rejectValue(field, "catalog.error.time");
			return null;
		}
	}

	/**
	 * One entry per non-blank line, each of at most {@code max} characters.
	 */
	List<String> lines(String field, @Nullable String value, int max) {
		List<String> lines = split(value);
		if (lines.stream().anyMatch((line) -> line.length() > max)) {
			this.errors.rejectValue(field, "catalog.error.lineTooLong", new Object[] { max }, null);
			return List.of();
		}
		if (join(lines).length() > 2000) {
			this.errors.rejectValue(field, "catalog.error.tooLong", new Object[] { 2000 }, null);
			return List.of();
		}
		return lines;
	}

	static List<String> split(@Nullable String value) {
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	static String join(List<String> lines) {
		return String.join("\n", lines);
	}

	static @Nullable String blankAsNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
