package org.pondok;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day at the villa in a real browser: the demo villa on an embedded database, Debian's
 * Chromium, the staff pages as the front desk and the manager meet them.
 */
@Tag("browser")
class StaffBrowserTests {

	@TempDir
	static Path dataDir;

	private static ConfigurableApplicationContext app;

	private static String base;

	@BeforeAll
	static void start() {
		app = TestApplications.start(TestDatabases.fresh(TestDatabases.Vendor.H2), dataDir, true, Map.of());
		base = TestApplications.baseUrl(app);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void theFrontDeskLogsInAndIsRefusedTheStaffAccountsPage() {
		try (Browser browser = Browser.open(base, 390, 844)) {
			browser.logIn("wayan.bagus@pondok.local", TestApplications.STAFF_PASSWORD);
			browser.waitForPath("/staff");
			assertThat(browser.text()).contains("Wayan Bagus");
			assertThat(browser.driver().findElements(By.linkText("Staff"))).as("no link to a page the role may not see")
				.isEmpty();

			browser.go("/staff/accounts");

			assertThat(browser.text()).contains("Not allowed");
			browser.screenshot("staff-forbidden-390");
		}
	}

	@Test
	void aWrongPasswordIsToldAndTheLanguageSwitchesToIndonesian() {
		try (Browser browser = Browser.open(base, 1280, 900)) {
			browser.logIn("wayan.bagus@pondok.local", "not-the-password");
			browser.waitForPath("/staff/login?error");

			assertThat(browser.text()).contains("Wrong e-mail or password.");

			browser.click(By.linkText("Bahasa Indonesia"));

			assertThat(browser.text()).contains("Masuk staf");
			assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("id");
		}
	}

}
