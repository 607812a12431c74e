package org.pondok.booking.rest;

import java.time.LocalDate;

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
record CreateBookingRequest(@NotBlank @Size(max = 32) String roomCode, @NotNull LocalDate checkIn,
		@NotNull LocalDate checkOut, @NotNull @Min(1) @Max(20) Integer adults,
		@Nullable @Min(0) @Max(20) Integer children, @NotNull @Valid GuestRequest guest,
		@Nullable @Size(max = 32) String packageCode, @Nullable @Size(max = 3) String currency,
		@NotBlank @Size(max = 32) String paymentMethod, @Nullable @Size(max = 2000) String specialRequests) {

	record GuestRequest(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
			@NotBlank @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") @Size(max = 255) String email,
			@Nullable @Size(max = 50) @Pattern(regexp = "[0-9+()\\-. ]*",
					message = "may hold only digits, spaces and + ( ) - .") String phone,
			@Nullable @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code") String country,
			@Nullable @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code") String language) {
	}

}
