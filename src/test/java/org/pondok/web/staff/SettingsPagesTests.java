package org.pondok.web.staff;

import org.junit.jupiter.api.Test;
import org.pondok.system.SystemSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The settings page: grouped by area with a typed field each, secrets shown only as set
 * or not; administrators save an area all-or-nothing, managers only read, others are
 * refused. The installation runs as production, so dev-only settings are ignored.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:settings-pages-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/settings-pages-tests", "pondok.admin-password=admin-password-x1" })
@AutoConfigureMockMvc
class SettingsPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SystemSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsEveryAreaWithTypedFieldsAndSecretsOnlyAsSetOrNot() {
		this.settings.update("whatsapp.api_token", "wa-token-never-shown-123", "test");
		this.settings.update("general.site_name", "Villa <script>alert(1)</script>", "test");

		MvcTestResult page = this.mvc.get().uri("/staff/settings").with(admin()).exchange();

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("id=\"area-general\"", "id=\"area-booking\"", "id=\"area-whatsapp\"", "Languages and currencies")
			.contains("type=\"number\"", "name=\"v.booking.max_nights\"", "type=\"checkbox\"", "<textarea")
			.contains("type=\"password\"", "name=\"clear.whatsapp.api_token\"", "Save this area")
			.contains("Villa &lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("wa-token-never-shown-123", "<script>alert(1)");
	}

	@Test
	void speaksIndonesian() {
		assertThat(this.mvc.get().uri("/staff/settings?lang=id").with(admin())).hasStatusOk()
			.bodyText()
			.contains("Pengaturan", "Simpan bagian ini", "Masa menginap terpanjang yang dapat dipesan");
	}

	@Test
	void anAdministratorSavesAnAreaAndEachChangeIsAudited() {
		int version = this.settings.find("booking.max_guests").orElseThrow().version();

		MvcTestResult saved = this.mvc.post()
			.uri("/staff/settings/booking")
			.with(admin())
			.with(csrf())
			.param("v.booking.max_guests", "8")
			.param("version.booking.max_guests", String.valueOf(version))
			.param("b.booking.allow_same_day", "on")
			.exchange();

		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/staff/settings#area-booking");
		assertThat(this.settings.find("booking.max_guests").orElseThrow().value()).isEqualTo("8");
		assertThat(this.settings.find("booking.allow_same_day").orElseThrow().value()).isEqualTo("false");
		assertThat(this.jdbc.sql("SELECT details FROM audit_events WHERE target_id = 'booking.max_guests'")
			.query(String.class)
			.single()).isEqualTo("6 → 8");
	}

	@Test
	void badInputIsShownNextToTheFieldAndNothingIsSaved() {
		MvcTestResult refused = this.mvc.post()
			.uri("/staff/settings/booking")
			.with(admin())
			.with(csrf())
			.param("v.booking.min_nights", "2")
			.param("v.booking.max_nights", "many")
			.param("v.booking.max_advance_days", "0")
			.exchange();

		assertThat(refused).hasStatus(400)
			.bodyText()
			.contains("Nothing in this area was saved", "Enter a whole number.", "At least 1.")
			.contains("value=\"many\"");
		assertThat(this.settings.find("booking.min_nights").orElseThrow().value()).isEqualTo("1");
		assertThat(this.settings.find("booking.max_nights").orElseThrow().value()).isEqualTo("30");
	}

	@Test
	void aSecretIsKeptWhenLeftEmptyAndRemovedWhenCleared() {
		this.settings.update("payment.stripe_secret_key", "sk_test_keep", "test");

		this.mvc.post()
			.uri("/staff/settings/payment")
			.with(admin())
			.with(csrf())
			.param("v.payment.stripe_secret_key", "")
			.exchange();
		assertThat(this.settings.secret("payment.stripe_secret_key")).contains("sk_test_keep");

		this.mvc.post()
			.uri("/staff/settings/payment")
			.with(admin())
			.with(csrf())
			.param("clear.payment.stripe_secret_key", "true")
			.exchange();
		assertThat(this.settings.find("payment.stripe_secret_key").orElseThrow().set()).isFalse();
	}

	@Test
	void aManagerReadsTheSettingsButCannotSave() {
		assertThat(this.mvc.get().uri("/staff/settings").with(manager())).hasStatusOk()
			.bodyText()
			.contains("only an administrator can change them", "disabled")
			.doesNotContain("Save this area");

		assertThat(this.mvc.post()
			.uri("/staff/settings/booking")
			.with(manager())
			.with(csrf())
			.param("v.booking.max_nights", "12")).hasStatus(403);
		assertThat(this.settings.find("booking.max_nights").orElseThrow().value()).isEqualTo("30");
	}

	@Test
	void theStaffRoleIsRefused() {
		assertThat(this.mvc.get()
			.uri("/staff/settings")
			.with(user("desk@pondok.test").authorities(new SimpleGrantedAuthority("bookings.read")))).hasStatus(403);
	}

	@Test
	void debugModeIsIgnoredInProduction() {
		this.settings.update(SystemSettings.DEBUG_MODE, true, "test");
		try {
			assertThat(this.settings.flag(SystemSettings.DEBUG_MODE)).isFalse();
			assertThat(this.mvc.get().uri("/staff/settings").with(admin())).hasStatusOk()
				.bodyText()
				.contains("dev only: ignored in this environment", "runs in the prod environment");
		}
		finally {
			this.settings.update(SystemSettings.DEBUG_MODE, false, "test");
		}
	}

	private static RequestPostProcessor admin() {
		return user("root@pondok.test").authorities(new SimpleGrantedAuthority("settings.read"),
				new SimpleGrantedAuthority("settings.write"));
	}

	private static RequestPostProcessor manager() {
		return user("manager@pondok.test").authorities(new SimpleGrantedAuthority("settings.read"));
	}

}
