package org.pondok.staff;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pondok.system.SystemSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Staff page sessions live in the database with the idle time-out of the settings, a
 * login gets a new session id, an ended session sends the member to the login page, forms
 * need their CSRF token, answers carry the secure headers, and failed logins lock an
 * account for the configured time, with an audit entry.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:session-security-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/session-security-tests", "pondok.admin-email=root@pondok.test",
		"pondok.admin-password=correct-horse-battery", "pondok.security.failed-login-delay=1ms" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SessionSecurityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SystemSettings settings;

	@Autowired
	StaffManagement staff;

	@AfterEach
	void defaults() {
		this.settings.update("security.session_timeout_minutes", 30, "test");
		this.settings.update("security.max_failed_logins", 5, "test");
		this.settings.update("security.lockout_minutes", 15, "test");
	}

	@Test
	void aLoginGetsANewSessionIdKeptInTheDatabaseWithTheConfiguredIdleTime() {
		this.settings.update("security.session_timeout_minutes", 7, "test");
		Cookie before = this.mvc.get().uri("/staff/login").exchange().getResponse().getCookie("SESSION");

		MvcTestResult login = login("root@pondok.test", "correct-horse-battery", before);

		assertThat(login).hasStatus(302).redirectedUrl().isEqualTo("/staff");
		Cookie after = login.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(before).as("the login form's CSRF token opened a session").isNotNull();
		assertThat(after.getValue()).as("the id changes at login").isNotEqualTo(before.getValue());
		assertThat(this.jdbc.sql("SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE SESSION_ID = :id")
			.param("id", sessionId(after))
			.query(Integer.class)
			.single()).isEqualTo(7 * 60);
		assertThat(this.mvc.get().uri("/staff/account").cookie(after)).hasStatus(200);
	}

	@Test
	void anEndedSessionSendsTheMemberToTheLoginPage() {
		Cookie session = login("root@pondok.test", "correct-horse-battery", null).getResponse().getCookie("SESSION");
		assertThat(this.mvc.get().uri("/staff/account").cookie(session)).hasStatus(200);

		// as if the idle time had passed
		this.jdbc.sql("""
				UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = LAST_ACCESS_TIME - (MAX_INACTIVE_INTERVAL + 5) * 1000,
				  EXPIRY_TIME = EXPIRY_TIME - (MAX_INACTIVE_INTERVAL + 5) * 1000
				WHERE SESSION_ID = :id
				""").param("id", sessionId(session)).update();

		assertThat(this.mvc.get().uri("/staff/account").cookie(session)).hasStatus(302)
			.redirectedUrl()
			.isEqualTo("/staff/login?expired");
		assertThat(this.mvc.get().uri("/staff/account")).hasStatus(302).redirectedUrl().isEqualTo("/staff/login");
	}

	@Test
	void refusesAFormPostWithoutItsCsrfToken() {
		MvcTestResult refused = this.mvc.post()
			.uri("/staff/account/tokens")
			.with(user("root@pondok.test").authorities(StaffAuthentication.authorities(Role.ADMIN)))
			.param("name", "no token")
			.param("days", "30")
			.exchange();

		assertThat(refused).hasStatus(403);
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE name = 'no token'").query(Integer.class).single())
			.isZero();
		assertThat(this.mvc.post()
			.uri("/staff/login")
			.param("username", "root@pondok.test")
			.param("password", "correct-horse-battery")).hasStatus(403);
	}

	@Test
	void answersCarryTheSecureHeadersAndHstsOnlyOverHttps() {
		MvcTestResult plain = this.mvc.get().uri("/staff/login").exchange();
		MvcTestResult secure = this.mvc.get().uri("/staff/login").secure(true).exchange();

		assertThat(plain).headers()
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("Referrer-Policy", "strict-origin-when-cross-origin")
			.doesNotContainHeader("Strict-Transport-Security");
		assertThat(plain.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(secure).headers().containsHeader("Strict-Transport-Security");
		assertThat(this.mvc.get().uri("/api/v1/languages").secure(true)).headers()
			.containsHeader("Strict-Transport-Security")
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
			.doesNotContainHeader("X-XSS-Protection");
	}

	@Test
	void locksAnAccountAfterTheConfiguredFailuresUntilTheLockoutEnds(CapturedOutput output) {
		this.settings.update("security.max_failed_logins", 3, "test");
		this.settings.update("security.lockout_minutes", 2, "test");
		this.staff
			.createMember(new NewStaffMember("guessed@pondok.test", "Guessed", null, Role.STAFF, "the-right-password"));
		for (int i = 0; i < 2; i++) {
			assertThat(login("guessed@pondok.test", "wrong-guess-" + i, null)).redirectedUrl()
				.isEqualTo("/staff/login?error");
		}
		assertThat(login("guessed@pondok.test", "wrong-guess-2", null)).redirectedUrl()
			.isEqualTo("/staff/login?locked");

		assertThat(login("guessed@pondok.test", "the-right-password", null)).as("even the right password")
			.redirectedUrl()
			.isEqualTo("/staff/login?locked");
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM audit_events WHERE action = 'staff.locked' AND actor = 'guessed@pondok.test'
				""").query(Integer.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				SELECT DATEDIFF('SECOND', CURRENT_TIMESTAMP, locked_until) FROM admin_users
				WHERE email = 'guessed@pondok.test'
				""").query(Long.class).single()).isBetween(60L, 121L);

		// as if the two minutes had passed
		this.jdbc.sql("""
				UPDATE admin_users SET locked_until = DATEADD('MINUTE', -1, CURRENT_TIMESTAMP)
				WHERE email = 'guessed@pondok.test'
				""").update();
		assertThat(login("guessed@pondok.test", "the-right-password", null)).redirectedUrl().isEqualTo("/staff");
		assertThat(output).doesNotContain("the-right-password").doesNotContain("wrong-guess-");
	}

	private MvcTestResult login(String email, String password, Cookie session) {
		var request = this.mvc.post()
			.uri("/staff/login")
			.param("username", email)
			.param("password", password)
			.with(csrf());
		if (session != null) {
			request.cookie(session);
		}
		return request.exchange();
	}

	private static String sessionId(Cookie cookie) {
		return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}

}
