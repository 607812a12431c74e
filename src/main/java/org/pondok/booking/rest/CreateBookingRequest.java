package org.pondok.booking.rest;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A guest's booking as posted to {@code POST /api/v1/bookings}.
 */
record CreateBookingRequest(@Schema(example = "deluxe-suite") @NotBlank @Size(max = 32) String roomCode,
		@Schema(example = "2027-03-10") @NotNull LocalDate checkIn,
		@Schema(example = "2027-03-14") @NotNull LocalDate checkOut,
		@Schema(example = "2") @NotNull @Min(1) @Max(20) Integer adults,
		@Schema(example = "0") @Nullable @Min(0) @Max(20) Integer children, @NotNull @Valid GuestRequest guest,
		@Schema(example = "romantic-getaway") @Nullable @Size(max = 32) String packageCode,
		@Schema(example = "EUR", allowableValues = {
				"USD", "EUR", "IDR", "GBP", "AUD" }) @Nullable @Size(max = 3) String currency,
		@Schema(example = "bank_transfer", allowableValues = { "stripe", "paypal", "bank_transfer" }) @NotBlank @Size(
				max = 32) String paymentMethod,
		@Schema(example = "Late arrival around 22:00") @Nullable @Size(max = 2000) String specialRequests){

	record GuestRequest(@Schema(example = "Anna") @NotBlank @Size(max = 100) String firstName,
			@Schema(example = "Müller") @NotBlank @Size(max = 100) String lastName,
			@Schema(example = "anna.mueller@example.de") @NotBlank @Email(
					regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") @Size(max = 255) String email,
			@Nullable @Size(max = 50) @Pattern(regexp = "[0-9+()\\-. ]*",
					message = "may hold only digits, spaces and + ( ) - .") String phone,
			@Nullable @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code") String country,
			@Nullable @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code") String language) {
	}

}
