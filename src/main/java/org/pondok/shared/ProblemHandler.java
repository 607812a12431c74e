package org.pondok.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.core.JacksonException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Renders Spring MVC's own errors, bad input and anything unexpected as problem details,
 * with an {@code errors} array for input errors. Modules map their domain exceptions in
 * their own controllers; this advice runs after them.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new Problems.FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors
				.add(new Problems.FieldProblem(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
		return problem(Problems.validation(summary(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldProblem> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach((error) -> errors
					.add(new Problems.FieldProblem(String.valueOf(name), String.valueOf(error.getDefaultMessage()))));
		});
		return problem(Problems.validation(summary(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (RequestSizeLimit.causedByLimit(ex)) {
			return problem(Problems.of(HttpStatus.CONTENT_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE, "Request too large",
					RequestSizeLimit.TOO_LARGE));
		}
		DatabindException databind = null;
		for (Throwable cause = ex.getCause(); cause != null && databind == null; cause = cause.getCause()) {
			if (cause instanceof DatabindException found && !found.getPath().isEmpty()) {
				databind = found;
			}
		}
		if (databind != null) {
			String field = databind.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			return problem(Problems.validation(field, "has the wrong type or format"));
		}
		Throwable cause = ex.getMostSpecificCause();
		String message = (cause instanceof JacksonException || ex.getCause() instanceof JacksonException)
				? "The request body is not valid JSON" : "The request body is missing or unreadable";
		return problem(Problems.validation("body", message));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(Problems.validation(ex.getParameterName(), "is required"));
	}

	/**
	 * An unknown address outside the API is a page's 404, shown as the error page (the
	 * container forwards a sent error to it).
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
				&& !servlet.getRequest().getRequestURI().startsWith("/api/")) {
			try {
				servlet.getResponse().sendError(HttpStatus.NOT_FOUND.value());
			}
			catch (IOException failed) {
				throw new UncheckedIOException(failed);
			}
			return null;
		}
		return problem(Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found",
				"There is nothing at " + ex.getResourcePath()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(Problems.validation(ex.getName(), "has the wrong type or format"));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException ex) {
		return problem(
				Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden", "Your role does not allow this."));
	}

	@ExceptionHandler(NotSetUpException.class)
	ResponseEntity<Object> notSetUp(NotSetUpException ex) {
		return problem(
				Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.NOT_SET_UP, "Not set up yet", ex.getMessage()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL, "Internal error",
				"Something went wrong on our side; it has been logged."));
	}

	private static String summary(List<Problems.FieldProblem> errors) {
		return errors.isEmpty() ? "The request is invalid"
				: errors.stream().map((e) -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
	}

	private static ResponseEntity<Object> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
