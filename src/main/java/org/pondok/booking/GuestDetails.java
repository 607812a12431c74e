package org.pondok.booking;

import org.jspecify.annotations.Nullable;

/**
 * The lead guest of a booking, as given when booking.
 */
public record GuestDetails(String firstName, String lastName, String email, @Nullable String phone,
		@Nullable String country, String language) {

	public String fullName() {
		return this.firstName + " " + this.lastName;
	}

}
