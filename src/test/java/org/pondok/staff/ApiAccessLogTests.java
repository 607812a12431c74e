package org.pondok.staff;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every API call is logged without the request waiting for the database: records queue in
 * memory and are written in batches by the background writer (run here by hand), a full
 * queue drops and counts, nothing secret is kept, and the log is readable through the API
 * and the staff page by those allowed.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:api-access-log-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/api-access-log-tests", "pondok.admin-email=root@pondok.test",
		"pondok.admin-password=correct-horse-battery", "pondok.security.access-log-flush=1h",
		"pondok.security.access-log-capacity=6", "pondok.rate-limit-per-hour=100000" })
@AutoConfigureMockMvc
class ApiAccessLogTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiCalls calls;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	StaffManagement staff;

	@BeforeEach
	void empty() {
		this.calls.drain();
		this.jdbc.sql("DELETE FROM api_access_logs").update();
	}

	@Test
	void queuesCallsOffTheRequestPathAndWritesThemInOneBatch() throws Exception {
		String token = token("root@pondok.test", "correct-horse-battery");
		this.mvc.get()
			.uri("/api/v1/languages?secret=do-not-keep")
			.header("User-Agent", "integration-test/1.0")
			.header("Authorization", "Bearer " + token)
			.exchange();
		this.mvc.get().uri("/api/v1/currencies").exchange();

		assertThat(count()).as("nothing written while answering").isZero();
		assertThat(this.calls.drain()).isEqualTo(3);

		List<Map<String, Object>> rows = this.jdbc.sql("SELECT * FROM api_access_logs ORDER BY id")
			.query()
			.listOfRows();
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).containsEntry("METHOD", "POST")
			.containsEntry("PATH", "/api/v1/auth/tokens")
			.containsEntry("USER_EMAIL", "root@pondok.test")
			.containsEntry("STATUS", 201);
		assertThat(rows.get(1)).containsEntry("PATH", "/api/v1/languages")
			.containsEntry("USER_AGENT", "integration-test/1.0")
			.containsEntry("USER_EMAIL", "root@pondok.test")
			.containsEntry("CLIENT_ID", "token:" + token.substring(0, 12));
		assertThat(rows.get(2)).containsEntry("CLIENT_ID", "ip:127.0.0.1").containsEntry("USER_EMAIL", null);
		assertThat(rows.toString()).doesNotContain("do-not-keep").doesNotContain(token).doesNotContain("Basic ");
	}

	@Test
	void readsTheLogNewestFirstWithFiltersForThoseAllowed() throws Exception {
		this.staff
			.createMember(new NewStaffMember("desk@pondok.test", "Desk", null, Role.STAFF, "front-desk-password"));
		this.staff
			.createMember(new NewStaffMember("boss@pondok.test", "Boss", null, Role.MANAGER, "manager-password-9"));
		String manager = token("boss@pondok.test", "manager-password-9");
		String desk = token("desk@pondok.test", "front-desk-password");
		this.mvc.get().uri("/api/v1/languages").exchange();
		this.mvc.get().uri("/api/v1/no-such-thing").header("Authorization", "Bearer " + manager).exchange();
		this.calls.drain();

		assertThat(this.mvc.get().uri("/api/v1/api-access-logs").header("Authorization", "Bearer " + desk))
			.hasStatus(403);
		var all = this.mvc.get().uri("/api/v1/api-access-logs?size=10").header("Authorization", "Bearer " + manager);
		assertThat(all).hasStatus(200).bodyJson().extractingPath("$.total").isEqualTo(4);
		assertThat(all).bodyJson().extractingPath("$.items[0].path").isEqualTo("/api/v1/no-such-thing");
		assertThat(all).bodyJson().extractingPath("$.items[0].user").isEqualTo("boss@pondok.test");
		assertThat(this.mvc.get()
			.uri("/api/v1/api-access-logs?status=200&method=get&path=LANG")
			.header("Authorization", "Bearer " + manager)).bodyJson()
			.extractingPath("$.items[*].path")
			.asArray()
			.containsExactly("/api/v1/languages");
		assertThat(this.mvc.get()
			.uri("/api/v1/api-access-logs?user=desk&from=2000-01-01T00:00:00Z")
			.header("Authorization", "Bearer " + manager)).bodyJson()
			.extractingPath("$.items[*].path")
			.asArray()
			.containsExactly("/api/v1/auth/tokens");
	}

	@Test
	void dropsAndCountsCallsWhenTheQueueIsFull() {
		double before = dropped();
		for (int i = 0; i < 8; i++) {
			this.mvc.get().uri("/api/v1/languages").exchange();
		}

		assertThat(dropped() - before).isEqualTo(2.0);
		assertThat(this.calls.drain()).isEqualTo(6);
	}

	@Test
	void theStaffPageShowsTheLogEscapedAndOnlyToThoseAllowed() {
		this.mvc.get().uri("/api/v1/languages").header("User-Agent", "<script>alert(1)</script>").exchange();
		this.calls.drain();

		assertThat(this.mvc.get()
			.uri("/staff/api-logs?method=GET")
			.with(user("boss@pondok.test").authorities(StaffAuthentication.authorities(Role.MANAGER)))).hasStatus(200)
			.bodyText()
			.contains("/api/v1/languages")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		assertThat(this.mvc.get()
			.uri("/staff/api-logs?lang=id&from=bad-date")
			.with(user("boss@pondok.test").authorities(StaffAuthentication.authorities(Role.MANAGER)))).hasStatus(200)
			.bodyText()
			.contains("Log akses API")
			.contains("TTTT-BB-HH");
		assertThat(this.mvc.get()
			.uri("/staff/api-logs")
			.with(user("desk@pondok.test").authorities(StaffAuthentication.authorities(Role.STAFF)))).hasStatus(403);
	}

	@Test
	void removesEntriesOlderThanTheRetention() {
		Timestamp old = Timestamp.from(Instant.now().minus(91, ChronoUnit.DAYS));
		Timestamp recent = Timestamp.from(Instant.now().minus(89, ChronoUnit.DAYS));
		for (Timestamp at : List.of(old, recent)) {
			this.jdbc.sql("""
					INSERT INTO api_access_logs (occurred_at, client_id, method, path, status, duration_ms)
					VALUES (:at, 'ip:10.0.0.1', 'GET', '/api/v1/rooms', 200, 1)
					""").param("at", at).update();
		}

		this.calls.removeExpired();

		assertThat(count()).isEqualTo(1);
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM api_access_logs").query(Long.class).single();
	}

	private double dropped() {
		return this.meters.counter("pondok.api.access_log.dropped").count();
	}

	private String token(String email, String password) throws Exception {
		String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
		return JsonPath.read(this.mvc.post()
			.uri("/api/v1/auth/tokens")
			.header("Authorization", "Basic " + basic)
			.exchange()
			.getResponse()
			.getContentAsString(), "$.token");
	}

}
