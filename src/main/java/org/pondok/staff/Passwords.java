package org.pondok.staff;

import java.security.SecureRandom;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password hashing (bcrypt), the password policy, and generated passwords.
 */
@Component
class Passwords {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 72;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final PasswordEncoder encoder = new BCryptPasswordEncoder(10);

	private final SecureRandom random = new SecureRandom();

	/**
	 * A hash of the password once it passes the policy.
	 * @throws StaffAccountException when it does not
	 */
	String hash(String raw, String email) {
		if (raw.length() < MIN_LENGTH) {
			throw new StaffAccountException("password", "A password has at least " + MIN_LENGTH + " characters");
		}
		if (raw.length() > MAX_LENGTH) {
			throw new StaffAccountException("password", "A password has at most " + MAX_LENGTH + " characters");
		}
		if (raw.equalsIgnoreCase(email)) {
			throw new StaffAccountException("password", "A password must not be the e-mail address");
		}
		if (raw.chars().distinct().count() < 5) {
			throw new StaffAccountException("password", "A password needs more different characters");
		}
		return this.encoder.encode(raw);
	}

	boolean matches(String raw, String hash) {
		return this.encoder.matches(raw, hash);
	}

	String generate() {
		StringBuilder password = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	PasswordEncoder encoder() {
		return this.encoder;
	}

}
