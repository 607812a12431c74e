package org.pondok.staff;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.pondok.shared.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401, 403 and 429 answers of the API as problem details.
 */
@Component
class SecurityProblems {

	AuthenticationEntryPoint entryPoint(String scheme) {
		return (request, response, ex) -> unauthorized(response, (ex instanceof LockedException) ? ex.getMessage()
				: "Authentication is required: send a valid staff token", scheme);
	}

	AccessDeniedHandler accessDenied() {
		return (request, response, ex) -> Problems.write(response,
				Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden", "Your role does not allow this"));
	}

	void unauthorized(HttpServletResponse response, String detail, String scheme) throws IOException {
		response.setHeader("WWW-Authenticate",
				scheme.equals("Basic") ? "Basic realm=\"Pondok\", charset=\"UTF-8\"" : "Bearer realm=\"Pondok\"");
		Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHORIZED, "Unauthorized", detail));
	}

	void rateLimited(HttpServletResponse response, String detail) throws IOException {
		Problems.write(response,
				Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.RATE_LIMITED, "Too many requests", detail));
	}

}
