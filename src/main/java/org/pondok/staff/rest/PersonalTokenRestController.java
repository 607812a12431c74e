package org.pondok.staff.rest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.pondok.shared.Problems;
import org.pondok.staff.StaffAccountException;
import org.pondok.staff.StaffTokens;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calling member's own personal API tokens: listed without the tokens themselves,
 * created (the token shown in this one answer), revoked.
 */
@RestController
@RequestMapping("/api/v1/auth/personal-tokens")
class PersonalTokenRestController {

	private final StaffTokens tokens;

	PersonalTokenRestController(StaffTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	Items list(Authentication authentication) {
		return new Items(this.tokens.personalTokens(authentication.getName()).stream().map(Item::of).toList());
	}

	@PostMapping
	ResponseEntity<Created> create(@RequestBody @Validated CreateRequest request, Authentication authentication) {
		StaffTokens.Token token = this.tokens.issuePersonalToken(authentication.getName(),
				(request.name() != null) ? request.name() : "", (request.days() != null) ? request.days() : 0);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Cache-Control", "no-store")
			.body(new Created(token.token(), token.expiresAt()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Object> revoke(@PathVariable long id, Authentication authentication) {
		if (!this.tokens.revokePersonalToken(authentication.getName(), id)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Problems.notFound("You have no live personal token " + id));
		}
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(StaffAccountException.class)
	ProblemDetail invalid(StaffAccountException ex) {
		return Problems.validation(ex.field(), ex.getMessage());
	}

	record CreateRequest(@NotNull @Nullable String name, @NotNull @Nullable Integer days) {
	}

	record Created(String token, Instant expiresAt) {

		@Override
		public String toString() {
			return "Created[expiresAt=" + this.expiresAt + "]";
		}

	}

	record Items(List<Item> items) {
	}

	record Item(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
			@Nullable Instant lastUsedAt) {

		static Item of(StaffTokens.PersonalToken token) {
			return new Item(token.id(), token.name(), token.prefix(), token.createdAt(), token.expiresAt(),
					token.lastUsedAt());
		}

	}

}
