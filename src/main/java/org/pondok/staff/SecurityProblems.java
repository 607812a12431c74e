package org.pondok.staff;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.pondok.shared.Problems;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401, 403 and 429 answers of the API as problem details.
 */
@Component
class SecurityProblems {

	private final JsonMapper json = JsonMapper.builder().build();

	AuthenticationEntryPoint entryPoint(String scheme) {
		return (request, response, ex) -> unauthorized(response, (ex instanceof LockedException) ? ex.getMessage()
				: "Authentication is required: send a valid staff token", scheme);
	}

	AccessDeniedHandler accessDenied() {
		return (request, response, ex) -> write(response,
				Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden", "Your role does not allow this"));
	}

	void unauthorized(HttpServletResponse response, String detail, String scheme) throws IOException {
		response.setHeader("WWW-Authenticate",
				scheme.equals("Basic") ? "Basic realm=\"Pondok\", charset=\"UTF-8\"" : "Bearer realm=\"Pondok\"");
		write(response, Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHORIZED, "Unauthorized", detail));
	}

	void rateLimited(HttpServletResponse response, String detail) throws IOException {
		write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.RATE_LIMITED, "Too many requests", detail));
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		this.json.writeValue(response.getOutputStream(), body);
	}

}
