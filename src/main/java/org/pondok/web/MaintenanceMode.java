package org.pondok.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pondok.shared.Problems;
import org.pondok.system.SystemSettings;
import org.pondok.web.site.SiteLanguages;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

/**
 * Maintenance mode ({@code general.maintenance_mode}): guests get a {@code 503} notice
 * page in their language, the public API a {@code 503} problem, both with
 * {@code Retry-After}; staff pages, the staff API (a request with a bearer token), token
 * issuing, health, calendar feeds and static assets keep working. It runs before the
 * security filters and reads the flag from the settings' snapshot, so an ordinary request
 * costs no statement.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class MaintenanceMode extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "300";

	private static final List<String> OPEN_PREFIXES = List.of("/staff/", "/actuator/", "/calendars/", "/css/", "/js/",
			"/webjars/", "/media/");

	private static final Set<String> OPEN_PATHS = Set.of("/staff", "/actuator", "/robots.txt", "/favicon.ico",
			"/api/v1/auth/tokens", "/error");

	private final SystemSettings settings;

	private final ITemplateEngine templates;

	private final LocaleResolver locales;

	private final UrlPathHelper paths = new UrlPathHelper();

	MaintenanceMode(SystemSettings settings, ITemplateEngine templates, LocaleResolver locales) {
		this.settings = settings;
		this.templates = templates;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.settings.maintenance()) {
			chain.doFilter(request, response);
			return;
		}
		String path = this.paths.getPathWithinApplication(request);
		if (open(path)) {
			chain.doFilter(request, response);
			return;
		}
		if (path.equals("/api") || path.startsWith("/api/")) {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			// a bearer token is checked by the API's security (an unknown one is a 401),
			// so only
			// staff get through; any other scheme would let a guest past the notice
			if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
				chain.doFilter(request, response);
				return;
			}
			problem(response);
			return;
		}
		notice(request, response);
	}

	private static boolean open(String path) {
		return OPEN_PATHS.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}

	private void problem(HttpServletResponse response) throws IOException {
		headers(response);
		response.setCharacterEncoding("UTF-8");
		Problems.write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.MAINTENANCE, "Maintenance",
				"The booking system is in maintenance; please try again later."));
	}

	private void notice(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String language = language(request);
		Locale locale = Locale.forLanguageTag(language);
		String path = "GET".equals(request.getMethod()) ? this.paths.getPathWithinApplication(request) : "/";
		List<Map<String, String>> others = new ArrayList<>();
		for (String code : SiteLanguages.CODES) {
			if (!code.equals(language)) {
				others.add(Map.of("code", code, "name", SiteLanguages.nativeName(code), "href",
						UriComponentsBuilder.fromPath(path).queryParam("lang", code).build().encode().toUriString()));
			}
		}
		headers(response);
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Security-Policy",
				"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; frame-ancestors 'none'");
		response.setHeader("X-Content-Type-Options", "nosniff");
		if ("HEAD".equals(request.getMethod())) {
			return;
		}
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext())
					.buildExchange(request, response),
				locale, Map.of("lang", language, "others", others, "message",
						this.settings.text(SystemSettings.MAINTENANCE_MESSAGE, "")));
		this.templates.process("maintenance", context, response.getWriter());
	}

	/**
	 * The guest's language as the site would choose it: {@code ?lang=}, then the cookie
	 * the site keeps, then the browser's languages; English when the site does not speak
	 * it.
	 */
	private String language(HttpServletRequest request) {
		String asked = request.getParameter("lang");
		Locale locale = (asked != null) ? Locale.forLanguageTag(asked.trim()) : this.locales.resolveLocale(request);
		return SiteLanguages.supported(locale).getLanguage();
	}

	private static void headers(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
