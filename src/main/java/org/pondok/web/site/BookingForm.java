package org.pondok.web.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Everything the booking path has gathered so far, carried from step to step in the form
 * itself (so the path needs no JavaScript and no server-side state), with the idempotency
 * key that makes the final submission safe to repeat, and the total the review showed
 * ({@code quoted}, written by the review alone), so a booking is made only at the price
 * the guest saw.
 */
record BookingForm(@Nullable String room, @Nullable String checkIn, @Nullable String checkOut, @Nullable String adults,
		@Nullable String children, @Nullable String offer, @Nullable String firstName, @Nullable String lastName,
		@Nullable String email, @Nullable String phone, @Nullable String country, @Nullable String requests,
		@Nullable String payment, @Nullable String key, @Nullable String quoted) {

	/**
	 * The steps of the path, each with the fields it asks for.
	 */
	enum Step {

		PACKAGE(List.of("offer")), GUESTS(List.of("adults", "children")),
		DETAILS(List.of("firstName", "lastName", "email", "phone", "country", "requests")), PAYMENT(List.of("payment")),
		REVIEW(List.of());

		private final List<String> fields;

		Step(List<String> fields) {
			this.fields = fields;
		}

		List<String> fields() {
			return this.fields;
		}

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		public int number() {
			return ordinal() + 1;
		}

		static Step of(@Nullable String code) {
			for (Step step : values()) {
				if (step.code().equals(code)) {
					return step;
				}
			}
			return PACKAGE;
		}

		public @Nullable Step previous() {
			return (ordinal() == 0) ? null : values()[ordinal() - 1];
		}

		Step next() {
			return (this == REVIEW) ? REVIEW : values()[ordinal() + 1];
		}

	}

	BookingForm withKey(String key) {
		return new BookingForm(this.room, this.checkIn, this.checkOut, this.adults, this.children, this.offer,
				this.firstName, this.lastName, this.email, this.phone, this.country, this.requests, this.payment, key,
				this.quoted);
	}

	/**
	 * Every field the steps carry, by its name, as the form posts it.
	 */
	public Map<String, @Nullable String> values() {
		Map<String, @Nullable String> values = new LinkedHashMap<>();
		values.put("room", this.room);
		values.put("checkIn", this.checkIn);
		values.put("checkOut", this.checkOut);
		values.put("adults", this.adults);
		values.put("children", this.children);
		values.put("offer", this.offer);
		values.put("firstName", this.firstName);
		values.put("lastName", this.lastName);
		values.put("email", this.email);
		values.put("phone", this.phone);
		values.put("country", this.country);
		values.put("requests", this.requests);
		values.put("payment", this.payment);
		values.put("key", this.key);
		return values;
	}

	/**
	 * The fields a step does not show, to carry along as hidden inputs.
	 */
	public Map<String, String> hiddenFor(Step step) {
		Map<String, String> hidden = new LinkedHashMap<>();
		values().forEach((name, value) -> {
			if (value != null && !step.fields().contains(name)) {
				hidden.put(name, value);
			}
		});
		return hidden;
	}

}
