package org.pondok.staff;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.pondok.system.SystemSettings;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff page sessions (kept in the database by Spring Session, so any instance serves any
 * request): at login a session is given the idle time-out of
 * {@code security.session_timeout_minutes}; a request with an ended session is sent to
 * the login page with {@code ?expired}; a member with a temporary password is kept on the
 * account page until they have chosen their own.
 */
@Component
class StaffSessions {

	static final int DEFAULT_TIMEOUT_MINUTES = 30;

	static final String ACCOUNT_PAGE = "/staff/account";

	private static final String MUST_CHANGE_PASSWORD = StaffSessions.class.getName() + ".mustChangePassword";

	private final SystemSettings settings;

	private final StaffManagement staff;

	StaffSessions(SystemSettings settings, StaffManagement staff) {
		this.settings = settings;
		this.staff = staff;
	}

	AuthenticationSuccessHandler loggedIn() {
		SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
		saved.setDefaultTargetUrl("/staff");
		return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
			HttpSession session = request.getSession();
			int minutes = Math.max(1,
					this.settings.integer("security.session_timeout_minutes", DEFAULT_TIMEOUT_MINUTES));
			session.setMaxInactiveInterval(minutes * 60);
			if (this.staff.mustChangePassword(authentication.getName())) {
				session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
				response.sendRedirect(request.getContextPath() + ACCOUNT_PAGE + "?change");
				return;
			}
			saved.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * Sends a visitor without a login to the login page, telling them when their session
	 * has ended.
	 */
	static AuthenticationEntryPoint loginPage() {
		return (request, response, ex) -> {
			boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
			response.sendRedirect(request.getContextPath() + "/staff/login" + (ended ? "?expired" : ""));
		};
	}

	/**
	 * Keeps a member with a temporary password on the account page; once they have
	 * changed it, the database says so and they may go on.
	 */
	OncePerRequestFilter passwordChangeRequired() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				HttpSession session = request.getSession(false);
				String path = request.getRequestURI().substring(request.getContextPath().length());
				if (session != null && session.getAttribute(MUST_CHANGE_PASSWORD) != null && path.startsWith("/staff")
						&& !path.equals(ACCOUNT_PAGE) && !path.startsWith(ACCOUNT_PAGE + "/")
						&& !path.equals("/staff/logout") && !path.startsWith("/staff/login")
						&& request.getUserPrincipal() != null) {
					if (StaffSessions.this.staff.mustChangePassword(request.getUserPrincipal().getName())) {
						response.sendRedirect(request.getContextPath() + ACCOUNT_PAGE + "?change");
						return;
					}
					session.removeAttribute(MUST_CHANGE_PASSWORD);
				}
				chain.doFilter(request, response);
			}
		};
	}

}
