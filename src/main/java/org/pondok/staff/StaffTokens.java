package org.pondok.staff;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;

/**
 * Issuing and revoking API tokens for staff.
 */
@Service
public class StaffTokens {

	static final Duration LOGIN_TOKEN_LIFETIME = Duration.ofHours(12);

	private final ApiTokens tokens;

	private final StaffMembers members;

	StaffTokens(ApiTokens tokens, StaffMembers members) {
		this.tokens = tokens;
		this.members = members;
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
	 * A token in clear and when it expires.
	 */
	public record Token(String token, Instant expiresAt) {

		@Override
		public String toString() {
			return "Token[expiresAt=" + this.expiresAt + "]";
		}

	}

}
