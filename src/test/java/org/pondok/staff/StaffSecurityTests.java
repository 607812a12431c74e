package org.pondok.staff;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens are issued for good staff credentials only, carry the role's permissions, can be
 * revoked, and repeated failures lock an account.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:staff-security-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/staff-security-tests", "pondok.admin-email=root@pondok.test",
		"pondok.admin-password=correct-horse-battery", "pondok.security.failed-login-delay=1ms" })
@AutoConfigureMockMvc
class StaffSecurityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void issuesATokenForGoodCredentialsThatOpensTheStaffApi() throws Exception {
		MvcTestResult issued = token("root@pondok.test", "correct-horse-battery");

		assertThat(issued).hasStatus(201).bodyJson().extractingPath("$.token").asString().startsWith("pdk_");
		String token = JsonPath.read(issued.getResponse().getContentAsString(), "$.token");
		assertThat(this.mvc.get().uri("/api/v1/staff").header("Authorization", "Bearer " + token)).hasStatus(200)
			.bodyJson()
			.extractingPath("$.items[0].role")
			.isEqualTo("admin");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE token_hash = :token")
			.param("token", token)
			.query(Integer.class)
			.single()).as("stored hashed").isZero();
	}

	@Test
	void refusesWrongCredentialsAndUnknownTokensWithProblems() {
		assertThat(token("root@pondok.test", "wrong-password-here")).hasStatus(401)
			.bodyJson()
			.extractingPath("$.type")
			.asString()
			.endsWith("/unauthorized");
		assertThat(this.mvc.get().uri("/api/v1/staff").header("Authorization", "Bearer pdk_not-a-real-token"))
			.hasStatus(401);
		assertThat(this.mvc.get().uri("/api/v1/staff")).hasStatus(401).headers().containsHeader("WWW-Authenticate");
	}

	@Test
	void aStaffRoleTokenIsForbiddenFromStaffAccounts() throws Exception {
		this.staff.createMember(
				new NewStaffMember("desk@pondok.test", "Desk", "Front Desk", Role.STAFF, "front-desk-password"));
		String token = JsonPath
			.read(token("desk@pondok.test", "front-desk-password").getResponse().getContentAsString(), "$.token");

		assertThat(this.mvc.get().uri("/api/v1/staff").header("Authorization", "Bearer " + token)).hasStatus(403)
			.bodyJson()
			.extractingPath("$.type")
			.asString()
			.endsWith("/forbidden");
		assertThat(this.mvc.get().uri("/api/v1/bookings").header("Authorization", "Bearer " + token)).hasStatus(200);
	}

	@Test
	void aRevokedTokenNoLongerOpensAnything() throws Exception {
		String token = JsonPath
			.read(token("root@pondok.test", "correct-horse-battery").getResponse().getContentAsString(), "$.token");

		assertThat(this.mvc.delete().uri("/api/v1/auth/token").header("Authorization", "Bearer " + token))
			.hasStatus(204);

		assertThat(this.mvc.get().uri("/api/v1/staff").header("Authorization", "Bearer " + token)).hasStatus(401);
	}

	@Test
	void locksAnAccountAfterFiveFailuresInARow() {
		this.staff
			.createMember(new NewStaffMember("locked@pondok.test", "Lock", null, Role.MANAGER, "manager-password-1"));
		for (int i = 0; i < LoginAttempts.DEFAULT_MAX_FAILURES; i++) {
			assertThat(token("locked@pondok.test", "not-the-password")).hasStatus(401);
		}

		assertThat(token("locked@pondok.test", "manager-password-1")).hasStatus(401)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("locked");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'staff.locked'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesWeakPasswordsAndDuplicateAccounts() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.staff
				.createMember(new NewStaffMember("short@pondok.test", "Short", null, Role.STAFF, "short")))
			.isInstanceOf(StaffAccountException.class);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.staff
				.createMember(new NewStaffMember("ROOT@pondok.test", "Again", null, Role.STAFF, "another-password-1")))
			.isInstanceOf(StaffAccountException.class)
			.hasMessageContaining("already");
	}

	private MvcTestResult token(String email, String password) {
		String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this.mvc.post().uri("/api/v1/auth/tokens").header("Authorization", "Basic " + basic).exchange();
	}

}
