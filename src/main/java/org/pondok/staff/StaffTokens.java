package org.pondok.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pondok.system.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing and revoking API tokens for staff: login tokens from HTTP Basic, and personal
 * tokens a member makes for their own scripts and integrations. A token is shown in clear
 * once, when issued; only its hash is stored.
 */
@Service
public class StaffTokens {

	static final Duration LOGIN_TOKEN_LIFETIME = Duration.ofHours(12);

	/**
	 * The lifetimes a personal token may have, in days.
	 */
	public static final Set<Integer> PERSONAL_LIFETIMES = Set.of(7, 30, 90, 365);

	private static final int MAX_NAME = 100;

	private final ApiTokens tokens;

	private final StaffMembers members;

	private final AuditTrail audit;

	StaffTokens(ApiTokens tokens, StaffMembers members, AuditTrail audit) {
		this.tokens = tokens;
		this.members = members;
		this.audit = audit;
	}

	/**
	 * A token for an authenticated staff member, in clear this once.
	 */
	public Token issueLoginToken(String email) {
		StaffMember member = this.members.findByEmail(email)
			.orElseThrow(() -> new IllegalStateException("No staff account " + email));
		ApiTokens.IssuedToken issued = this.tokens.issue(member.id(), "API login", "login", LOGIN_TOKEN_LIFETIME);
		return new Token(issued.token(), issued.expiresAt());
	}

	public void revoke(String token) {
		this.tokens.revoke(token);
	}

	/**
	 * A personal token for the member, in clear this once.
	 * @throws StaffAccountException naming {@code name} or {@code days} when they are not
	 * acceptable
	 */
	@Transactional
	public Token issuePersonalToken(String email, String name, int days) {
		StaffMember member = active(email);
		String trimmed = (name != null) ? name.trim() : "";
		if (trimmed.isEmpty()) {
			throw new StaffAccountException("name", "token.nameRequired", "A token needs a name");
		}
		if (trimmed.length() > MAX_NAME) {
			throw new StaffAccountException("name", "token.nameTooLong",
					"A token name has at most " + MAX_NAME + " characters", MAX_NAME);
		}
		if (!PERSONAL_LIFETIMES.contains(days)) {
			throw new StaffAccountException("days", "token.days", "A token lasts 7, 30, 90 or 365 days");
		}
		ApiTokens.IssuedToken issued = this.tokens.issue(member.id(), trimmed, "personal", Duration.ofDays(days));
		this.audit.record(member.email(), "token.created", "staff", String.valueOf(member.id()),
				"personal token '" + trimmed + "' for " + days + " days");
		return new Token(issued.token(), issued.expiresAt());
	}

	/**
	 * The member's live personal tokens, newest first.
	 */
	@Transactional(readOnly = true)
	public List<PersonalToken> personalTokens(String email) {
		return this.members.findByEmail(normalise(email))
			.map((member) -> this.tokens.live(member.id(), "personal")
				.stream()
				.map((token) -> new PersonalToken(token.id(), token.name(), token.prefix(), token.createdAt(),
						token.expiresAt(), token.lastUsedAt()))
				.toList())
			.orElse(List.of());
	}

	/**
	 * Revokes one of the member's own tokens.
	 * @return whether there was such a live token
	 */
	@Transactional
	public boolean revokePersonalToken(String email, long tokenId) {
		StaffMember member = active(email);
		return this.tokens.revoke(member.id(), tokenId).map((prefix) -> {
			this.audit.record(member.email(), "token.revoked", "staff", String.valueOf(member.id()),
					"token " + prefix + "…");
			return true;
		}).orElse(false);
	}

	private StaffMember active(String email) {
		return this.members.findByEmail(normalise(email))
			.filter(StaffMember::isActive)
			.orElseThrow(
					() -> new StaffAccountException("email", "account.unknown", "There is no such active account"));
	}

	private static String normalise(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * A token in clear and when it expires.
	 */
	public record Token(String token, Instant expiresAt) {

		@Override
		public String toString() {
			return "Token[expiresAt=" + this.expiresAt + "]";
		}

	}

	/**
	 * A personal token as its owner sees it in a list: its first characters, never the
	 * whole token.
	 */
	public record PersonalToken(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
			@Nullable Instant lastUsedAt) {
	}

}
