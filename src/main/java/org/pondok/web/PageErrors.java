package org.pondok.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Pages answer errors with pages. The problem handler that renders API errors as JSON
 * would otherwise catch a page's errors too; handing the exception back lets Spring MVC
 * set the status (400, 404, 405…), Spring Security answer a refusal with the 403 page,
 * and the error pages in {@code templates/error} show it, never a stack trace.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	@ExceptionHandler(Exception.class)
	void rethrow(Exception ex) throws Exception {
		throw ex;
	}

}
