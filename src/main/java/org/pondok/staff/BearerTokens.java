package org.pondok.staff;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests carrying {@code Authorization: Bearer <token>}. A request
 * with no token goes on unauthenticated (public endpoints answer it); one with a token
 * that is unknown, expired or revoked is refused at once with a 401 problem.
 */
class BearerTokens extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final SecurityProblems problems;

	BearerTokens(ApiTokens tokens, SecurityProblems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var owner = this.tokens.authenticate(header.substring(7).trim());
		if (owner.isEmpty()) {
			this.problems.unauthorized(response, "The token is unknown, expired or revoked", "Bearer");
			return;
		}
		ApiTraffic.note(request, owner.get().memberId(), owner.get().email());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(owner.get().email(), null, StaffAuthentication.authorities(owner.get().role()));
		authentication.setDetails(owner.get().tokenPrefix());
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
