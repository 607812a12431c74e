package org.pondok.staff.rest;

import org.pondok.staff.StaffTokens;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CurrentTokenRestController {

	private final StaffTokens tokens;

	CurrentTokenRestController(StaffTokens tokens) {
		this.tokens = tokens;
	}

	/**
	 * Revokes the bearer token this request carries (a logout for API clients).
	 */
	@DeleteMapping("/api/v1/auth/token")
	ResponseEntity<Void> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
		this.tokens.revoke(authorization.substring("Bearer ".length()).trim());
		return ResponseEntity.noContent().build();
	}

}
