package org.pondok.staff.rest;

import java.time.Instant;

import org.pondok.staff.StaffTokens;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/tokens")
class TokenRestController {

	private final StaffTokens tokens;

	TokenRestController(StaffTokens tokens) {
		this.tokens = tokens;
	}

	/**
	 * A token for the staff member who authenticated with HTTP Basic.
	 */
	@PostMapping
	ResponseEntity<TokenResponse> issue(Authentication authentication) {
		StaffTokens.Token token = this.tokens.issueLoginToken(authentication.getName());
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Cache-Control", "no-store")
			.body(new TokenResponse(token.token(), token.expiresAt()));
	}

	record TokenResponse(String token, Instant expiresAt) {

		@Override
		public String toString() {
			return "TokenResponse[expiresAt=" + this.expiresAt + "]";
		}

	}

}
