package org.pondok.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers which booking an {@code Idempotency-Key} made, with a fingerprint of the
 * request, so that a retried request returns the same booking and a different request
 * under the same key is refused. The key is written in the booking's own transaction: a
 * booking that fails leaves no key behind, and a concurrent retry waits on the key's row
 * until the first transaction ends.
 */
@Component
class IdempotencyKeys {

	static final String BOOKING_CREATION = "booking.create";

	private static final Duration KEPT_FOR = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotencyKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Reserves the key for a request, or tells what it was used for before.
	 * @return the reference booked earlier under this key, or empty when the key is new
	 * and now reserved
	 * @throws IdempotencyConflictException when the key was used for a different request
	 */
	Optional<BookingReference> reserve(String key, BookingRequest request) {
		String fingerprint = fingerprint(request);
		Instant now = this.clock.instant();
		this.jdbc
			.sql("DELETE FROM idempotency_keys WHERE scope = :scope AND idempotency_key = :key AND expires_at < :now")
			.param("scope", BOOKING_CREATION)
			.param("key", key)
			.param("now", Timestamp.from(now))
			.update();
		try {
			this.jdbc.sql("""
					INSERT INTO idempotency_keys (scope, idempotency_key, request_hash, created_at, expires_at)
					VALUES (:scope, :key, :hash, :now, :expires)
					""")
				.param("scope", BOOKING_CREATION)
				.param("key", key)
				.param("hash", fingerprint)
				.param("now", Timestamp.from(now))
				.param("expires", Timestamp.from(now.plus(KEPT_FOR)))
				.update();
			return Optional.empty();
		}
		catch (DuplicateKeyException ex) {
			return earlier(key, fingerprint);
		}
	}

	void complete(String key, BookingReference reference) {
		this.jdbc.sql("""
				UPDATE idempotency_keys SET resource_ref = :ref, response_status = 201
				WHERE scope = :scope AND idempotency_key = :key
				""").param("ref", reference.value()).param("scope", BOOKING_CREATION).param("key", key).update();
	}

	private Optional<BookingReference> earlier(String key, String fingerprint) {
		Stored stored = this.jdbc.sql("""
				SELECT request_hash, resource_ref FROM idempotency_keys
				WHERE scope = :scope AND idempotency_key = :key
				""")
			.param("scope", BOOKING_CREATION)
			.param("key", key)
			.query((rs, row) -> new Stored(rs.getString("request_hash"), rs.getString("resource_ref")))
			.single();
		if (!stored.fingerprint().equals(fingerprint)) {
			throw new IdempotencyConflictException(
					"The Idempotency-Key '" + key + "' was already used for a different request", false);
		}
		if (stored.reference() == null) {
			throw new IdempotencyConflictException("A request with this Idempotency-Key is still being processed",
					true);
		}
		return Optional.of(new BookingReference(stored.reference()));
	}

	/**
	 * A digest of what was asked, independent of how the JSON was written.
	 */
	static String fingerprint(BookingRequest request) {
		String canonical = String.join("|", request.roomCode(), request.stay().toString(),
				String.valueOf(request.adults()), String.valueOf(request.children()), request.guest().toString(),
				String.valueOf(request.packageCode()), request.currency().name(), request.paymentMethod().code(),
				String.valueOf(request.specialRequests()), request.source().code());
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Stored(String fingerprint, @org.jspecify.annotations.Nullable String reference) {
	}

}
