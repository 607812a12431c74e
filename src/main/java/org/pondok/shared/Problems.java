package org.pondok.shared;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The stable problem types of the API (RFC 9457) and factories for their
 * {@link ProblemDetail}s. A client branches on {@code type}; {@code title} and
 * {@code detail} are for people.
 */
public final class Problems {

	public static final String BASE = "https://pondok.org/problems/";

	public static final URI VALIDATION = URI.create(BASE + "validation");

	public static final URI NOT_FOUND = URI.create(BASE + "not-found");

	public static final URI UNAVAILABLE = URI.create(BASE + "unavailable");

	public static final URI ILLEGAL_TRANSITION = URI.create(BASE + "illegal-transition");

	public static final URI IDEMPOTENCY_CONFLICT = URI.create(BASE + "idempotency-conflict");

	public static final URI CONFLICT = URI.create(BASE + "conflict");

	public static final URI UNAUTHORIZED = URI.create(BASE + "unauthorized");

	public static final URI FORBIDDEN = URI.create(BASE + "forbidden");

	public static final URI RATE_LIMITED = URI.create(BASE + "rate-limited");

	public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");

	public static final URI MAINTENANCE = URI.create(BASE + "maintenance");

	public static final URI NOT_SET_UP = URI.create(BASE + "not-set-up");

	public static final URI BUSY = URI.create(BASE + "busy");

	public static final URI INTERNAL = URI.create(BASE + "internal");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	/**
	 * Answers with the problem where no controller does: from a filter, before Spring MVC
	 * (rate limits, authentication, maintenance, the search queue).
	 */
	public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		JSON.writeValue(response.getOutputStream(), body);
	}

	public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

	public static ProblemDetail notFound(String detail) {
		return of(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", detail);
	}

	/**
	 * A 400 naming each field that was wrong.
	 */
	public static ProblemDetail validation(String detail, List<FieldProblem> errors) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, VALIDATION, "Invalid request", detail);
		problem.setProperty("errors",
				errors.stream().map((error) -> Map.of("field", error.field(), "message", error.message())).toList());
		return problem;
	}

	public static ProblemDetail validation(String field, String message) {
		return validation(message, List.of(new FieldProblem(field, message)));
	}

	/**
	 * One wrong field of a request, named as the client sent it (e.g.
	 * {@code guest.email}).
	 */
	public record FieldProblem(String field, String message) {
	}

}
