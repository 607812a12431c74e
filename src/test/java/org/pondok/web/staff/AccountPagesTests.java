package org.pondok.web.staff;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pondok.staff.Permission;
import org.pondok.staff.Role;
import org.pondok.staff.StaffManagement;
import org.pondok.staff.StaffView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Administrators manage staff accounts on their pages (a temporary password shown once,
 * must be replaced at the next login; no self-demotion; audit entries), and every member
 * changes their own password and manages personal tokens shown once and stored hashed.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:account-pages-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/account-pages-tests", "pondok.admin-email=root@pondok.test",
		"pondok.admin-password=correct-horse-battery", "pondok.security.failed-login-delay=1ms" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class AccountPagesTests {

	private static final Pattern SECRET = Pattern.compile("class=\"secret\"[^>]*>([^<]+)<");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorCreatesAnAccountWhoseTemporaryPasswordMustBeReplaced(CapturedOutput output) throws Exception {
		MvcTestResult created = this.mvc.post()
			.uri("/staff/accounts")
			.with(as("root@pondok.test", Role.ADMIN))
			.with(csrf())
			.param("email", "New.Desk@pondok.test")
			.param("name", "<script>alert('x')</script> Desk")
			.param("jobTitle", "Front Desk")
			.param("role", "staff")
			.exchange();

		assertThat(created).hasStatus(200).bodyText().contains("&lt;script&gt;").doesNotContain("<script>alert");
		String temporary = secret(created);
		StaffView member = this.staff.member("new.desk@pondok.test").orElseThrow();
		assertThat(member.mustChangePassword()).isTrue();
		assertThat(audits("staff.created", member.id())).isEqualTo(1);
		assertThat(this.mvc.get().uri("/staff/accounts/" + member.id()).with(as("root@pondok.test", Role.ADMIN)))
			.bodyText()
			.doesNotContain(temporary);

		MvcTestResult login = this.mvc.post()
			.uri("/staff/login")
			.param("username", "new.desk@pondok.test")
			.param("password", temporary)
			.with(csrf())
			.exchange();
		assertThat(login).redirectedUrl().isEqualTo("/staff/account?change");
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(this.mvc.get().uri("/staff/bookings").cookie(session)).redirectedUrl()
			.isEqualTo("/staff/account?change");

		assertThat(this.mvc.post()
			.uri("/staff/account/password")
			.cookie(session)
			.with(csrf())
			.param("currentPassword", temporary)
			.param("newPassword", "my-own-desk-password")
			.param("repeatPassword", "my-own-desk-password")).redirectedUrl().isEqualTo("/staff/account");
		assertThat(this.staff.member("new.desk@pondok.test").orElseThrow().mustChangePassword()).isFalse();
		assertThat(this.mvc.get().uri("/staff/accounts").cookie(session)).as("free to go on, and refused")
			.hasStatus(403);
		assertThat(audits("staff.password_changed", member.id())).isEqualTo(1);
		assertThat(output).doesNotContain(temporary).doesNotContain("my-own-desk-password");
	}

	@Test
	void badInputIsShownNextToTheFieldAndStoresNothing() {
		long before = this.jdbc.sql("SELECT COUNT(*) FROM admin_users").query(Long.class).single();

		MvcTestResult refused = this.mvc.post()
			.uri("/staff/accounts?lang=id")
			.with(as("root@pondok.test", Role.ADMIN))
			.with(csrf())
			.param("email", "not-an-email")
			.param("name", "Someone")
			.param("role", "staff")
			.exchange();

		assertThat(refused).hasStatus(422).bodyText().contains("Ini bukan alamat e-mail").contains("field-error");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM admin_users").query(Long.class).single()).isEqualTo(before);
		assertThat(this.mvc.get().uri("/staff/accounts").with(as("desk@pondok.test", Role.STAFF))).hasStatus(403);
		assertThat(this.mvc.get().uri("/staff/accounts").with(as("boss@pondok.test", Role.MANAGER))).hasStatus(403);
	}

	@Test
	void anAdministratorCannotDemoteThemselfButChangesOthersWithAnAuditEntry() {
		StaffView root = this.staff.member("root@pondok.test").orElseThrow();
		StaffView other = this.staff.invite("second-admin@pondok.test", "Second", null, Role.ADMIN, "test").member();

		assertThat(this.mvc.post()
			.uri("/staff/accounts/" + root.id())
			.with(as("root@pondok.test", Role.ADMIN))
			.with(csrf())
			.param("name", root.name())
			.param("role", "staff")).hasStatus(422).bodyText().contains("your own administrator rights");
		assertThat(this.mvc.post()
			.uri("/staff/accounts/" + root.id() + "/deactivate")
			.with(as("root@pondok.test", Role.ADMIN))
			.with(csrf())).redirectedUrl().isEqualTo("/staff/accounts/" + root.id());
		assertThat(this.staff.member(root.id()).orElseThrow().active()).isTrue();
		assertThat(this.staff.member(root.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);

		assertThat(this.mvc.post()
			.uri("/staff/accounts/" + other.id())
			.with(as("root@pondok.test", Role.ADMIN))
			.with(csrf())
			.param("name", "Second Admin")
			.param("jobTitle", "Owner")
			.param("role", "manager")).redirectedUrl().isEqualTo("/staff/accounts/" + other.id());
		assertThat(this.staff.member(other.id()).orElseThrow().role()).isEqualTo(Role.MANAGER);
		assertThat(audits("staff.role_changed", other.id())).isEqualTo(1);

		assertThat(this.mvc.post()
			.uri("/staff/accounts/" + other.id() + "/reset-password")
			.with(as("root@pondok.test", Role.ADMIN))
			.with(csrf())).hasStatus(200).bodyText().contains("class=\"secret\"");
		assertThat(audits("staff.password_reset", other.id())).isEqualTo(1);
		assertThat(this.mvc.post()
			.uri("/staff/accounts/" + other.id() + "/deactivate")
			.with(as("root@pondok.test", Role.ADMIN))
			.with(csrf())).hasStatus(302);
		assertThat(this.staff.member(other.id()).orElseThrow().active()).isFalse();
	}

	@Test
	void thePasswordPolicyRefusesWeakPasswordsAndKeepsTheOldOne() {
		this.staff.invite("policy@pondok.test", "Policy", null, Role.STAFF, "test");
		String temporary = this.staff.resetPassword(this.staff.member("policy@pondok.test").orElseThrow().id(), "test")
			.password();
		String hash = hash("policy@pondok.test");

		for (String[] attempt : new String[][] { { "short-1", "at least 10" },
				{ "policy@pondok.test", "must not be the e-mail" }, { "password123", "too well known" },
				{ "aaaaaaaaaaaaaaaa", "more different characters" }, { "é".repeat(37), "at most 72 bytes" } }) {
			assertThat(this.mvc.post()
				.uri("/staff/account/password")
				.with(as("policy@pondok.test", Role.STAFF))
				.with(csrf())
				.param("currentPassword", temporary)
				.param("newPassword", attempt[0])
				.param("repeatPassword", attempt[0])).as(attempt[0]).hasStatus(422).bodyText().contains(attempt[1]);
		}
		assertThat(this.mvc.post()
			.uri("/staff/account/password")
			.with(as("policy@pondok.test", Role.STAFF))
			.with(csrf())
			.param("currentPassword", "not-the-current-one")
			.param("newPassword", "a-good-new-password")
			.param("repeatPassword", "a-good-new-password")).hasStatus(422)
			.bodyText()
			.contains("current password is wrong");
		assertThat(hash("policy@pondok.test")).isEqualTo(hash);
	}

	@Test
	void aPersonalTokenIsShownOnceStoredHashedAndRevocable(CapturedOutput output) throws Exception {
		MvcTestResult created = this.mvc.post()
			.uri("/staff/account/tokens")
			.with(as("root@pondok.test", Role.ADMIN))
			.with(csrf())
			.param("name", "Channel script")
			.param("days", "90")
			.exchange();

		assertThat(created).hasStatus(200);
		String token = secret(created);
		assertThat(token).startsWith("pdk_");
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE token_hash = :t OR token_prefix = :t OR name = :t")
					.param("t", token)
					.query(Integer.class)
					.single())
			.as("never stored in clear")
			.isZero();
		assertThat(
				this.jdbc.sql("SELECT kind FROM api_tokens WHERE name = 'Channel script'").query(String.class).single())
			.isEqualTo("personal");
		MvcTestResult page = this.mvc.get().uri("/staff/account").with(as("root@pondok.test", Role.ADMIN)).exchange();
		assertThat(page).bodyText().contains("Channel script").contains(token.substring(0, 12)).doesNotContain(token);
		assertThat(this.mvc.get().uri("/api/v1/auth/personal-tokens").header("Authorization", "Bearer " + token))
			.hasStatus(200)
			.bodyJson()
			.extractingPath("$.items[0].name")
			.isEqualTo("Channel script");
		assertThat(this.mvc.post()
			.uri("/staff/account/tokens")
			.with(as("root@pondok.test", Role.ADMIN))
			.with(csrf())
			.param("name", "Bad lifetime")
			.param("days", "1000")).hasStatus(422).bodyText().contains("7, 30, 90 or 365");

		long id = this.jdbc.sql("SELECT id FROM api_tokens WHERE name = 'Channel script'").query(Long.class).single();
		assertThat(this.mvc.post()
			.uri("/staff/account/tokens/" + id + "/revoke")
			.with(as("root@pondok.test", Role.ADMIN))
			.with(csrf())).redirectedUrl().isEqualTo("/staff/account");
		assertThat(this.mvc.get().uri("/api/v1/auth/personal-tokens").header("Authorization", "Bearer " + token))
			.hasStatus(401);
		assertThat(output).doesNotContain(token);
	}

	private static String secret(MvcTestResult result) throws Exception {
		Matcher matcher = SECRET
			.matcher(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(matcher.find()).as("a secret is shown").isTrue();
		return matcher.group(1).trim();
	}

	private int audits(String action, long id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = :action AND target_id = :id")
			.param("action", action)
			.param("id", String.valueOf(id))
			.query(Integer.class)
			.single();
	}

	private String hash(String email) {
		return this.jdbc.sql("SELECT password_hash FROM admin_users WHERE email = :email")
			.param("email", email)
			.query(String.class)
			.single();
	}

	private static RequestPostProcessor as(String email, Role role) {
		return SecurityMockMvcRequestPostProcessors.user(email)
			.authorities(
					role.permissions().stream().map(Permission::authority).map(SimpleGrantedAuthority::new).toList());
	}

}
