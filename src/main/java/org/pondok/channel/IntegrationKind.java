package org.pondok.channel;

import java.util.Locale;
import java.util.Optional;

/**
 * What an integration connects to, and so whether it imports an iCal feed.
 */
public enum IntegrationKind {

	AIRBNB("ota"), BOOKING_COM("ota"), VRBO("ota"), EXPEDIA("ota"), AGODA("ota"), GOOGLE_CALENDAR("calendar"),
	OUTLOOK("calendar"), ICAL("ota"), STRIPE("payment"), PAYPAL("payment"), WHATSAPP("messaging"), SMTP("messaging");

	private final String category;

	IntegrationKind(String category) {
		this.category = category;
	}

	public String category() {
		return this.category;
	}

	/**
	 * Whether it imports a calendar feed into a room (and so needs a room and a feed
	 * address).
	 */
	public boolean importsFeed() {
		return this.category.equals("ota");
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<IntegrationKind> find(String code) {
		for (IntegrationKind kind : values()) {
			if (kind.code().equals(code)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
