package org.pondok.staff;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door of the API and the calendar feeds, in front of authentication: counts each
 * request against its client's hourly budget (refusing with 429 once it is spent), tells
 * the client its budget in {@code RateLimit-*} headers, and queues a record of each API
 * call for the access log. It touches the database for neither: counts are in memory and
 * shared in the background ({@link RateLimits}), records are written in batches
 * ({@link ApiCalls}).
 * <p>
 * The client is the bearer token when the request carries one (known by its hash), else
 * the remote address; a feed's client is its token together with the address.
 */
class ApiTraffic extends OncePerRequestFilter {

	static final String CALLER = ApiTraffic.class.getName() + ".caller";

	private static final int PREFIX_LENGTH = 12;

	private final RateLimits limits;

	private final ApiCalls calls;

	private final SecurityProblems problems;

	private final Clock clock;

	private final int apiLimit;

	private final int feedLimit;

	ApiTraffic(RateLimits limits, ApiCalls calls, SecurityProblems problems, Clock clock, int apiLimit, int feedLimit) {
		this.limits = limits;
		this.calls = calls;
		this.problems = problems;
		this.clock = clock;
		this.apiLimit = Math.max(1, apiLimit);
		this.feedLimit = Math.max(1, feedLimit);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		Instant at = this.clock.instant();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String address = request.getRemoteAddr();
		boolean feed = path.startsWith("/calendars/");
		String token = bearer(request);
		String client = (token != null) ? "token:" + token.substring(0, Math.min(PREFIX_LENGTH, token.length()))
				: "ip:" + address;
		String key = feed ? "feed:" + ApiTokens.hash(path + "|" + address)
				: (token != null) ? "token:" + ApiTokens.hash(token) : "ip:" + address;
		RateLimits.Decision decision = this.limits.take(key, feed ? this.feedLimit : this.apiLimit);
		response.setHeader("RateLimit-Limit", String.valueOf(decision.limit()));
		response.setHeader("RateLimit-Remaining", String.valueOf(decision.remaining()));
		response.setHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
		response.setHeader("RateLimit-Policy", decision.limit() + ";w=" + RateLimits.HOUR);
		try {
			if (decision.allowed()) {
				chain.doFilter(request, response);
			}
			else {
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
				this.problems.rateLimited(response, "This client has used its " + decision.limit()
						+ " requests an hour; try again in " + decision.retryAfterSeconds() + " seconds");
			}
		}
		finally {
			if (!feed) {
				Caller caller = (request.getAttribute(CALLER) instanceof Caller found) ? found : null;
				this.calls.add(new ApiCalls.Call(at, client, (caller != null) ? caller.id() : null,
						(caller != null) ? caller.email() : null, request.getMethod(), path, response.getStatus(),
						(System.nanoTime() - started) / 1_000_000, request.getHeader(HttpHeaders.USER_AGENT), address));
			}
		}
	}

	private static @Nullable String bearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		String token = header.substring(7).trim();
		return token.isEmpty() ? null : token;
	}

	/**
	 * Remembers who the staff member of an API call is, for its log record.
	 */
	static void note(HttpServletRequest request, @Nullable Long id, String email) {
		request.setAttribute(CALLER, new Caller(id, email));
	}

	/**
	 * Notes the member that HTTP Basic authenticated, for the token endpoint's log
	 * records.
	 */
	static OncePerRequestFilter noteAuthenticated() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.isAuthenticated()
						&& !(authentication instanceof AnonymousAuthenticationToken)
						&& request.getAttribute(CALLER) == null) {
					note(request, null, authentication.getName());
				}
				chain.doFilter(request, response);
			}
		};
	}

	record Caller(@Nullable Long id, String email) {
	}

}
