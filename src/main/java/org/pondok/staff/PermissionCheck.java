package org.pondok.staff;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a handler's {@code @PreAuthorize} before its arguments are read. Method security
 * alone runs after binding and validation, so a member without the permission would first
 * be told what was wrong with the request body (a 400) instead of being refused (a 403).
 * The annotation stays where it is and method security still enforces it; this only
 * answers earlier. Expressions here name authorities, never arguments.
 */
@Component
class PermissionCheck implements HandlerInterceptor {

	private final DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();

	private final SpelExpressionParser parser = new SpelExpressionParser();

	private final Map<Method, Expression> expressions = new ConcurrentHashMap<>();

	private final Map<Method, Boolean> unguarded = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || this.unguarded.containsKey(method.getMethod())) {
			return true;
		}
		Expression expression = expression(method);
		if (expression == null) {
			this.unguarded.put(method.getMethod(), Boolean.TRUE);
			return true;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			throw new AuthenticationCredentialsNotFoundException("Not logged in");
		}
		MethodInvocation invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod(),
				new Object[method.getMethod().getParameterCount()]);
		EvaluationContext context = this.handler.createEvaluationContext(() -> authentication, invocation);
		if (!Boolean.TRUE.equals(expression.getValue(context, Boolean.class))) {
			throw new AccessDeniedException("Access Denied");
		}
		return true;
	}

	private @Nullable Expression expression(HandlerMethod method) {
		Expression known = this.expressions.get(method.getMethod());
		if (known != null) {
			return known;
		}
		PreAuthorize annotation = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
		if (annotation == null) {
			annotation = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
		}
		if (annotation == null) {
			return null;
		}
		Expression parsed = this.parser.parseExpression(annotation.value());
		this.expressions.put(method.getMethod(), parsed);
		return parsed;
	}

}
