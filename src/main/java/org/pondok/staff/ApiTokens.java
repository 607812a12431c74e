package org.pondok.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: random, shown once, stored only as a SHA-256 hash, expiring and revocable.
 */
@Component
class ApiTokens {

	static final String PREFIX = "pdk_";

	private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A new token for the member, returned in clear this once.
	 */
	@Transactional
	IssuedToken issue(long memberId, String name, String kind, Duration lifetime) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Instant expires = now.plus(lifetime);
		this.jdbc.sql("""
				INSERT INTO api_tokens (user_id, name, kind, token_hash, token_prefix, created_at, expires_at)
				VALUES (:user, :name, :kind, :hash, :prefix, :now, :expires)
				""")
			.param("user", memberId)
			.param("name", name)
			.param("kind", kind)
			.param("hash", hash(token))
			.param("prefix", token.substring(0, 12))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expires))
			.update();
		return new IssuedToken(token, expires);
	}

	/**
	 * The active member a live token belongs to.
	 */
	@Transactional
	Optional<TokenOwner> authenticate(String token) {
		if (!token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<TokenOwner> owner = this.jdbc.sql("""
				SELECT t.id, t.token_prefix, t.last_used_at, u.id AS user_id, u.email, u.role
				FROM api_tokens t JOIN admin_users u ON u.id = t.user_id
				WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now AND u.active = TRUE
				""").param("hash", hash(token)).param("now", Timestamp.from(now)).query((rs, row) -> {
			Timestamp used = rs.getTimestamp("last_used_at");
			return new TokenOwner(rs.getLong("id"), rs.getString("token_prefix"), rs.getLong("user_id"),
					rs.getString("email"), Role.ofCode(rs.getString("role")), (used != null) ? used.toInstant() : null);
		}).optional();
		owner.filter((found) -> found.lastUsedAt() == null || found.lastUsedAt().plus(TOUCH_EVERY).isBefore(now))
			.ifPresent((found) -> this.jdbc.sql("UPDATE api_tokens SET last_used_at = :now WHERE id = :id")
				.param("now", Timestamp.from(now))
				.param("id", found.tokenId())
				.update());
		return owner;
	}

	@Transactional
	boolean revoke(String token) {
		return this.jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("hash", hash(token))
			.update() > 0;
	}

	/**
	 * The member's live tokens of a kind, newest first (never their hashes).
	 */
	@Transactional(readOnly = true)
	List<TokenView> live(long memberId, String kind) {
		return this.jdbc.sql("""
				SELECT id, name, token_prefix, created_at, expires_at, last_used_at FROM api_tokens
				WHERE user_id = :user AND kind = :kind AND revoked_at IS NULL AND expires_at > :now
				ORDER BY created_at DESC, id DESC
				""")
			.param("user", memberId)
			.param("kind", kind)
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, row) -> {
				Timestamp used = rs.getTimestamp("last_used_at");
				return new TokenView(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
						rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
						(used != null) ? used.toInstant() : null);
			})
			.list();
	}

	/**
	 * Revokes one of the member's tokens by its id.
	 * @return the revoked token's prefix, when there was such a live token
	 */
	@Transactional
	Optional<String> revoke(long memberId, long tokenId) {
		Optional<String> prefix = this.jdbc
			.sql("SELECT token_prefix FROM api_tokens WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
			.param("id", tokenId)
			.param("user", memberId)
			.query(String.class)
			.optional();
		prefix.ifPresent((found) -> this.jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE id = :id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", tokenId)
			.update());
		return prefix;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record IssuedToken(String token, Instant expiresAt) {

		@Override
		public String toString() {
			return "IssuedToken[expiresAt=" + this.expiresAt + "]";
		}

	}

	/**
	 * A token as its owner may see it: never the token or its hash.
	 */
	record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
			@org.jspecify.annotations.Nullable Instant lastUsedAt) {
	}

	record TokenOwner(long tokenId, String tokenPrefix, long memberId, String email, Role role,
			@org.jspecify.annotations.Nullable Instant lastUsedAt) {
	}

}
