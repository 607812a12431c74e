package org.pondok.web.staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pondok.system.AuditTrail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The audit trail page and API: newest first, filtered, paged, escaped; filter text is
 * literal, SQL wildcards and quotes included; only roles with {@code audit.read} see it.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:audit-pages-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/audit-pages-tests", "pondok.admin-password=admin-password-x1" })
@AutoConfigureMockMvc
class AuditPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void entries() {
		if (this.jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE actor = 'alice@pondok.test'")
			.query(Integer.class)
			.single() > 0) {
			return;
		}
		this.audit.recordApart("alice@pondok.test", "booking.confirmed", "booking", "BK-000001", "pending → confirmed");
		this.audit.recordApart("bob@pondok.test", "room.updated", "room", "garden-room",
				"name <script>alert(1)</script>");
		this.audit.recordApart("100%_sure!@pondok.test", "booking.cancelled", "booking", "BK-000002", "by phone");
		for (int i = 0; i < 55; i++) {
			this.audit.recordApart("pager@pondok.test", "test.paged", "test", "item-" + i, null);
		}
	}

	@Test
	void filtersByActorAndActionAndEscapesWhatItShows() {
		MvcTestResult page = this.mvc.get().uri("/staff/audit?actor=ALICE&action=booking.").with(reader()).exchange();

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("alice@pondok.test", "booking.confirmed", "BK-000001", "pending → confirmed")
			.doesNotContain("bob@pondok.test", "100%_sure");
		assertThat(this.mvc.get().uri("/staff/audit?targetType=room").with(reader())).hasStatusOk()
			.bodyText()
			.contains("name &lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
	}

	@Test
	void treatsSqlWildcardsAndQuotesInFiltersAsText() {
		assertThat(this.mvc.get().uri("/staff/audit").param("actor", "%_").with(reader())).hasStatusOk()
			.bodyText()
			.contains("100%_sure!@pondok.test")
			.doesNotContain("alice@pondok.test");
		assertThat(this.mvc.get().uri("/staff/audit").param("actor", "sure!@").with(reader())).hasStatusOk()
			.bodyText()
			.contains("100%_sure!@pondok.test");
		assertThat(this.mvc.get().uri("/staff/audit").param("targetId", "' OR '1'='1").with(reader())).hasStatusOk()
			.bodyText()
			.contains("Nothing to show.");
		assertThat(this.mvc.get().uri("/api/v1/audit-events").param("actor", "_").param("action", "%").with(reader()))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.total")
			.isEqualTo(0);
	}

	@Test
	void pagesNewestFirst() {
		MvcTestResult second = this.mvc.get().uri("/staff/audit?actor=pager@&page=2").with(reader()).exchange();

		assertThat(second).hasStatusOk()
			.bodyText()
			.contains("Page 2 of 2 (55 in all)", "item-4<", "rel=\"prev\"",
					"href=\"/staff/audit?actor=pager%40&amp;page=1\"")
			.doesNotContain("item-54<", "rel=\"next\"");
		assertThat(this.mvc.get().uri("/api/v1/audit-events?actor=pager@&size=10&page=0").with(reader())).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> assertThat(json.toString()).contains("\"page\":0", "\"size\":10", "\"total\":55"))
			.extractingPath("$.items[0].targetId")
			.isEqualTo("item-54");
	}

	@Test
	void refusesBadDatesWithAMessageNextToTheField() {
		assertThat(this.mvc.get().uri("/staff/audit?from=yesterday").with(reader())).hasStatus(400)
			.bodyText()
			.contains("Enter a date (YYYY-MM-DD).");
		assertThat(this.mvc.get().uri("/staff/audit?from=2026-05-02&to=2026-05-01&lang=id").with(reader()))
			.hasStatus(400)
			.bodyText()
			.contains("Tanggal akhir sebelum tanggal awal.");
		assertThat(this.mvc.get().uri("/api/v1/audit-events?from=soon").with(reader())).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("from");
		assertThat(this.mvc.get().uri("/api/v1/audit-events?size=1000").with(reader())).hasStatus(400);
	}

	@Test
	void filtersByDate() {
		assertThat(this.mvc.get().uri("/staff/audit?from=2000-01-01&to=2000-12-31").with(reader())).hasStatusOk()
			.bodyText()
			.contains("Nothing to show.");
		assertThat(this.mvc.get().uri("/api/v1/audit-events?from=2000-01-01&action=booking").with(reader()))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.total")
			.isEqualTo(2);
	}

	@Test
	void onlyRolesThatReadTheAuditTrailSeeIt() {
		RequestPostProcessor desk = user("desk@pondok.test").authorities(new SimpleGrantedAuthority("bookings.read"));

		assertThat(this.mvc.get().uri("/staff/audit").with(desk)).hasStatus(403);
		assertThat(this.mvc.get().uri("/api/v1/audit-events").with(desk)).hasStatus(403);
		assertThat(this.mvc.get().uri("/api/v1/audit-events")).hasStatus(401);
	}

	private static RequestPostProcessor reader() {
		return user("manager@pondok.test").authorities(new SimpleGrantedAuthority("audit.read"));
	}

}
