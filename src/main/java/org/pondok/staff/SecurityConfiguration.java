package org.pondok.staff;

import java.time.Clock;
import java.util.Map;

import org.pondok.system.PondokProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. The API is stateless: staff get a token with HTTP Basic at
 * {@code POST /api/v1/auth/tokens} and send it as a bearer token; the public endpoints
 * (rooms, packages, availability, booking creation…) need none. Every API and feed
 * request first passes {@link ApiTraffic} (rate limit, access log). Pages use the
 * session, kept in the database by Spring Session, with CSRF protection on every form.
 * Every answer carries the secure headers (CSP, frame denial, nosniff, and HSTS over
 * https, including behind a TLS proxy that sends {@code X-Forwarded-Proto}); pages also
 * get a Referrer-Policy, and API answers a CSP that lets nothing load. Fine-grained rules
 * are the permissions of {@link Role}, named in {@code @PreAuthorize} on each endpoint.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * An API answer is data, never a document to render: nothing may load from it and
	 * nothing may frame it (the OWASP REST set of headers).
	 */
	private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

	/**
	 * Runs before Spring Security's chains, so a spent budget costs no token lookup.
	 */
	private static final int API_TRAFFIC_ORDER = -110;

	/**
	 * No observation per security filter: a span for each of a dozen filters cost more
	 * than the rest of an availability search. Requests are still measured as a whole.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	FilterRegistrationBean<ApiTraffic> apiTraffic(RateLimits limits, ApiCalls calls, SecurityProblems problems,
			Clock clock, PondokProperties properties, ProtectionProperties protection) {
		FilterRegistrationBean<ApiTraffic> registration = new FilterRegistrationBean<>(new ApiTraffic(limits, calls,
				problems, clock, properties.rateLimitPerHour(), protection.feedRateLimitPerHour()));
		registration.addUrlPatterns("/api/*", "/calendars/*");
		registration.setOrder(API_TRAFFIC_ORDER);
		return registration;
	}

	/**
	 * The token endpoint, the only place HTTP Basic is accepted.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain tokenIssuing(HttpSecurity http, StaffAuthentication authentication, SecurityProblems problems)
			throws Exception {
		http.securityMatcher("/api/v1/auth/tokens")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authenticationManager(only(authentication))
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems.entryPoint("Basic")))
			.addFilterAfter(ApiTraffic.noteAuthenticated(), BasicAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.headers(SecurityConfiguration::apiHeaders)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems.entryPoint("Basic"))
				.accessDeniedHandler(problems.accessDenied()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SecurityProblems problems) throws Exception {
		http.securityMatcher("/api/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new BearerTokens(tokens, problems), BasicAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/api/v1/rooms", "/api/v1/rooms/**", "/api/v1/packages",
						"/api/v1/packages/**", "/api/v1/availability", "/api/v1/villa", "/api/v1/gallery",
						"/api/v1/languages", "/api/v1/currencies")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/bookings")
				.permitAll()
				.anyRequest()
				.authenticated())
			.headers(SecurityConfiguration::apiHeaders)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems.entryPoint("Bearer"))
				.accessDeniedHandler(problems.accessDenied()));
		return http.build();
	}

	/**
	 * The Prometheus scrape: a monitoring server sends a bearer token of a member who may
	 * read settings and metrics; a logged-in member's session works too
	 * (docs/decisions/0012).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain metrics(HttpSecurity http, ApiTokens tokens, SecurityProblems problems) throws Exception {
		http.securityMatcher("/actuator/prometheus")
			.csrf((csrf) -> csrf.disable())
			.addFilterBefore(new BearerTokens(tokens, problems), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(
					(requests) -> requests.anyRequest().hasAuthority(Permission.SETTINGS_READ.authority()))
			.headers(SecurityConfiguration::apiHeaders)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems.entryPoint("Bearer"))
				.accessDeniedHandler(problems.accessDenied()));
		return http.build();
	}

	/**
	 * Pages, feeds, health and the rest. A login gets a fresh session id (no fixation)
	 * and the idle time-out of the settings.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain site(HttpSecurity http, StaffAuthentication authentication, StaffSessions sessions)
			throws Exception {
		http.authenticationManager(only(authentication))
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
						.permitAll()
						.requestMatchers("/actuator/**")
						.hasAuthority(Permission.SETTINGS_READ.authority())
						.requestMatchers("/staff/login", "/staff/login/**")
						.permitAll()
						.requestMatchers("/staff", "/staff/**")
						.authenticated()
						.anyRequest()
						.permitAll())
			.formLogin((form) -> form.loginPage("/staff/login")
				.successHandler(sessions.loggedIn())
				.failureHandler(loginFailures())
				.permitAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(StaffSessions.loginPage()))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.addFilterAfter(sessions.passwordChangeRequired(), AuthorizationFilter.class)
			.logout((logout) -> logout.logoutUrl("/staff/logout").logoutSuccessUrl("/staff/login?logout"))
			.headers(SecurityConfiguration::secureHeaders);
		return http.build();
	}

	/**
	 * Spring Security writes HSTS only for secure requests; with
	 * {@code server.forward-headers-strategy=native} Tomcat counts a request as secure
	 * when an internal proxy says {@code X-Forwarded-Proto: https}.
	 */
	private static void secureHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CSP))
			.frameOptions((frame) -> frame.deny())
			.contentTypeOptions((nosniff) -> {
			})
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
			.referrerPolicy((referrer) -> referrer
				.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
	}

	/**
	 * The headers of JSON answers: those that matter to an API client or a browser that
	 * opens one by mistake, without the page-only ones (referrer policy, the retired XSS
	 * auditor switch) that every search would otherwise carry.
	 */
	private static void apiHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(API_CSP))
			.frameOptions((frame) -> frame.deny())
			.contentTypeOptions((nosniff) -> {
			})
			.xssProtection((xss) -> xss.disable())
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
	}

	/**
	 * The staff check alone, without a parent manager: a parent holding the same check
	 * would run it again after each failure and count every failed login twice.
	 */
	private static AuthenticationManager only(StaffAuthentication authentication) {
		return new ProviderManager(authentication);
	}

	private static AuthenticationFailureHandler loginFailures() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/staff/login?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/staff/login?locked"));
		return handler;
	}

}
