package org.pondok.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pondok.system.SystemSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In maintenance mode guests get a 503 notice in their language (any of the site's nine,
 * with links to the others) and the public API a 503 problem, both with Retry-After;
 * staff pages, the staff API with a token, token issuing and health keep working; off
 * again, everything answers as before.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:maintenance-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/maintenance-tests", "pondok.admin-email=root@pondok.test",
		"pondok.admin-password=correct-horse-battery" })
@AutoConfigureMockMvc
class MaintenanceModeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SystemSettings settings;

	@AfterEach
	void off() {
		this.settings.update(SystemSettings.MAINTENANCE_MODE, false, "test");
	}

	@Test
	void guestsSeeANoticeInTheirLanguageWithRetryAfter() {
		this.settings.update(SystemSettings.MAINTENANCE_MESSAGE, "Back at <b>noon</b> <script>alert(1)</script>",
				"test");
		this.settings.update(SystemSettings.MAINTENANCE_MODE, true, "test");

		MvcTestResult english = this.mvc.get().uri("/").exchange();
		assertThat(english).hasStatus(503).headers().hasValue("Retry-After", "300");
		assertThat(english).bodyText()
			.contains("<html lang=\"en\"", "We will be back shortly",
					"Back at &lt;b&gt;noon&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		assertThat(this.mvc.get().uri("/?lang=id")).hasStatus(503)
			.bodyText()
			.contains("<html lang=\"id\"", "Kami akan segera kembali");
		assertThat(this.mvc.get().uri("/sitemap.xml")).hasStatus(503);
	}

	@Test
	void theNoticeSpeaksEveryLanguageOfTheSiteAndLinksToTheOthers() {
		this.settings.update(SystemSettings.MAINTENANCE_MODE, true, "test");

		MvcTestResult german = this.mvc.get().uri("/rooms/deluxe-suite?lang=de").exchange();
		assertThat(german).hasStatus(503).headers().hasValue("Retry-After", "300");
		assertThat(german).bodyText()
			.contains("<html lang=\"de\"", "Wir sind gleich wieder da", "Ihre bestehenden Buchungen sind sicher",
					"href=\"/rooms/deluxe-suite?lang=ja\" lang=\"ja\" hreflang=\"ja\">日本語</a>",
					"lang=\"en\" hreflang=\"en\">English</a>")
			.doesNotContain("We will be back shortly", "hreflang=\"de\"", "??");
		MvcTestResult japanese = this.mvc.get()
			.uri("/")
			.header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5")
			.exchange();
		assertThat(japanese).hasStatus(503).headers().hasValue("Retry-After", "300");
		assertThat(japanese).bodyText()
			.contains("<html lang=\"ja\"", "まもなく再開します", "予約システムを更新しています", ">Deutsch</a>")
			.doesNotContain("We will be back shortly", "??");
		assertThat(this.mvc.get().uri("/").cookie(new Cookie("pondok-lang", "ru"))).hasStatus(503)
			.bodyText()
			.contains("<html lang=\"ru\"", "Скоро вернёмся");
		assertThat(this.mvc.get().uri("/?lang=es")).hasStatus(503)
			.bodyText()
			.contains("<html lang=\"en\"", "We will be back shortly");
	}

	@Test
	void thePublicApiAnswersAMaintenanceProblem() {
		this.settings.update(SystemSettings.MAINTENANCE_MODE, true, "test");

		MvcTestResult rooms = this.mvc.get().uri("/api/v1/rooms").exchange();
		assertThat(rooms).hasStatus(503).headers().containsHeader("Retry-After");
		assertThat(rooms).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(rooms).bodyJson().extractingPath("$.type").isEqualTo("https://pondok.org/problems/maintenance");
		assertThat(rooms).bodyJson().extractingPath("$.status").isEqualTo(503);
		assertThat(this.mvc.post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(503)
			.headers()
			.containsHeader("Retry-After");
		assertThat(this.mvc.post()
			.uri("/api/v1/bookings")
			.header("Authorization", "Basic Z3Vlc3Q6Z3Vlc3M=")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).as("a header that is not a staff token opens nothing").hasStatus(503);
	}

	@Test
	void staffPagesTheStaffApiAndHealthKeepWorking() throws Exception {
		this.settings.update(SystemSettings.MAINTENANCE_MODE, true, "test");

		MvcTestResult issued = this.mvc.post()
			.uri("/api/v1/auth/tokens")
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("root@pondok.test:correct-horse-battery".getBytes(StandardCharsets.UTF_8)))
			.exchange();
		assertThat(issued).hasStatus(201);
		String token = JsonPath.read(issued.getResponse().getContentAsString(), "$.token");
		assertThat(this.mvc.get().uri("/api/v1/bookings").header("Authorization", "Bearer " + token)).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/rooms").header("Authorization", "Bearer " + token)).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("UP");
		assertThat(this.mvc.get().uri("/staff/login")).hasStatusOk();
		assertThat(this.mvc.get().uri("/css/staff.css")).hasStatusOk();
		assertThat(this.mvc.get().uri("/staff/settings")).hasStatus3xxRedirection();
	}

	@Test
	void everythingAnswersAsBeforeOnceMaintenanceIsOff() {
		this.settings.update(SystemSettings.MAINTENANCE_MODE, true, "test");
		assertThat(this.mvc.get().uri("/")).hasStatus(503);

		this.settings.update(SystemSettings.MAINTENANCE_MODE, false, "test");

		assertThat(this.mvc.get().uri("/")).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/rooms")).hasStatusOk();
	}

}
