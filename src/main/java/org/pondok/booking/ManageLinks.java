package org.pondok.booking;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pondok.system.PondokProperties;
import org.pondok.system.SecretCipher;

import org.springframework.stereotype.Component;

/**
 * The link that opens a guest's booking on the guest site without typing its reference
 * and e-mail, for the confirmation page and the guest's e-mails:
 * {@code /booking/manage/{reference}?t=<token>}, the token a signature of the reference
 * and the booking's e-mail under the application's secret key. It needs no table, cannot
 * be made without the key, and stops opening the booking once its e-mail changes.
 */
@Component
public class ManageLinks {

	static final String PURPOSE = "manage-booking";

	private final SecretCipher cipher;

	private final String baseUrl;

	ManageLinks(SecretCipher cipher, PondokProperties properties) {
		this.cipher = cipher;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	/**
	 * The whole link, at the public address ({@code PONDOK_BASE_URL}).
	 */
	public String url(BookingReference reference, String email) {
		// a reference and a base64url token need no escaping
		return this.baseUrl + "/booking/manage/" + reference.value() + "?t=" + token(reference, email);
	}

	/**
	 * Whether the token is the one the booking's link carries, compared in constant time.
	 */
	public boolean opens(BookingReference reference, String email, @Nullable String token) {
		return this.cipher.verifies(PURPOSE, signed(reference, email), (token != null) ? token.trim() : null);
	}

	String token(BookingReference reference, String email) {
		return this.cipher.sign(PURPOSE, signed(reference, email));
	}

	private static String signed(BookingReference reference, String email) {
		return reference.value() + "\n" + email.trim().toLowerCase(Locale.ROOT);
	}

}
