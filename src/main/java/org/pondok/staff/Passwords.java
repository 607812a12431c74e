package org.pondok.staff;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

import org.pondok.system.SystemSettings;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password hashing (bcrypt), the password policy, and generated passwords. The policy: at
 * least {@code security.password_min_length} characters (10 unless set), at most 72 bytes
 * (bcrypt ignores the rest), not the e-mail address, not a well-known password, and not
 * one character repeated.
 */
@Component
class Passwords {

	static final int DEFAULT_MIN_LENGTH = 10;

	static final int MAX_BYTES = 72;

	private static final int GENERATED_LENGTH = 20;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	/**
	 * The passwords tried first by anyone guessing, at the lengths the policy would
	 * otherwise let through.
	 */
	private static final Set<String> COMMON = Set.of("1234567890", "12345678901", "123456789012", "0987654321",
			"1q2w3e4r5t", "1qaz2wsx3edc", "qwertyuiop", "qwertyuiop1", "asdfghjkl1", "zxcvbnm123", "password12",
			"password123", "password1234", "passw0rd123", "iloveyou123", "welcome123", "welcome1234", "letmein123",
			"administrator", "admin12345", "admin123456", "changeme123", "superman123", "football123", "baseball123",
			"sunshine123", "princess123", "trustno1234", "abcdefghij", "abc1234567", "qwerty12345", "pondok12345",
			"villa123456", "bali123456", "indonesia123", "rahasia123", "sayang12345");

	private final PasswordEncoder encoder = new BCryptPasswordEncoder(10);

	private final SecureRandom random = new SecureRandom();

	private final SystemSettings settings;

	Passwords(SystemSettings settings) {
		this.settings = settings;
	}

	/**
	 * A hash of the password once it passes the policy.
	 * @throws StaffAccountException when it does not
	 */
	String hash(String raw, String email) {
		return hash(raw, email, "password");
	}

	/**
	 * As {@link #hash(String, String)}, naming {@code field} in the refusal.
	 */
	String hash(String raw, String email, String field) {
		int minLength = minLength();
		if (raw.length() < minLength) {
			throw new StaffAccountException(field, "password.tooShort",
					"A password has at least " + minLength + " characters", minLength);
		}
		if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new StaffAccountException(field, "password.tooLong", "A password has at most " + MAX_BYTES + " bytes",
					MAX_BYTES);
		}
		String lower = raw.toLowerCase(Locale.ROOT);
		if (lower.equals(email.trim().toLowerCase(Locale.ROOT))) {
			throw new StaffAccountException(field, "password.isEmail", "A password must not be the e-mail address");
		}
		if (COMMON.contains(lower)) {
			throw new StaffAccountException(field, "password.common",
					"This password is too well known: choose another");
		}
		if (raw.chars().distinct().count() < 5) {
			throw new StaffAccountException(field, "password.monotonous", "A password needs more different characters");
		}
		return this.encoder.encode(raw);
	}

	boolean matches(String raw, String hash) {
		return this.encoder.matches(raw, hash);
	}

	String generate() {
		int length = Math.max(GENERATED_LENGTH, minLength());
		StringBuilder password = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	int minLength() {
		return Math.min(MAX_BYTES,
				Math.max(8, this.settings.integer("security.password_min_length", DEFAULT_MIN_LENGTH)));
	}

	PasswordEncoder encoder() {
		return this.encoder;
	}

}
