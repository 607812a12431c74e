package org.pondok;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pondok.channel.AirbnbFeed;

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
		app = TestApplications.start(TestDatabases.fresh(TestDatabases.Vendor.H2), dataDir, true,
				Map.of("pondok.channel.allow-private-hosts", "true"));
		base = TestApplications.baseUrl(app);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void theFrontDeskLogsInAndIsRefusedTheSettingsPage() {
		try (Browser browser = Browser.open(base, 390, 844)) {
			browser.logIn("wayan.bagus@pondok.local", TestApplications.STAFF_PASSWORD);
			browser.waitForPath("/staff");
			assertThat(browser.text()).contains("Wayan Bagus");
			assertThat(browser.driver().findElements(By.linkText("Settings")))
				.as("no link to a page the role may not see")
				.isEmpty();

			browser.go("/staff/settings");

			assertThat(browser.text()).contains("Not allowed");
			browser.screenshot("staff-forbidden-390");
		}
	}

	@Test
	void theFrontDeskChecksInTodaysArrivalFromTheDashboard() {
		try (Browser browser = Browser.open(base, 390, 844)) {
			browser.logIn("wayan.bagus@pondok.local", TestApplications.STAFF_PASSWORD);
			browser.waitForPath("/staff");
			WebElement checkIn = browser.find(By.cssSelector("form[action$='/check-in'] button"));
			String reference = checkIn.getDomAttribute("aria-label").replace("Check in ", "");

			checkIn.click();

			browser.find(By.cssSelector(".flash"));
			assertThat(browser.text()).contains("Checked in: " + reference);
			browser.go("/staff/bookings/" + reference);
			assertThat(browser.text()).contains("Checked in");
			browser.screenshot("staff-dashboard-after-check-in-390");
		}
	}

	@Test
	void theFrontDeskTakesAPhoneBooking() {
		LocalDate checkIn = LocalDate.now(ZoneId.of("Asia/Makassar")).plusDays(120);
		try (Browser browser = Browser.open(base, 1280, 900)) {
			browser.logIn("wayan.bagus@pondok.local", TestApplications.STAFF_PASSWORD);
			browser.waitForPath("/staff");
			browser.click(By.linkText("New booking"));
			browser.select(By.name("room"), "economy-room");
			browser.set(By.name("checkIn"), checkIn.toString());
			browser.set(By.name("checkOut"), checkIn.plusDays(3).toString());
			browser.type(By.name("adults"), "2");
			browser.type(By.name("firstName"), "Putu");
			browser.type(By.name("lastName"), "Ayu");
			browser.type(By.name("email"), "putu.ayu@example.id");
			browser.type(By.name("phone"), "+62 812 3456 7890");
			browser.click(By.cssSelector("button[value=quote]"));
			browser.find(By.id("quote"));
			assertThat(browser.text()).contains("Price and availability");

			browser.click(By.cssSelector("button[value=book]"));

			browser.waitForPath("/staff/bookings/BK-");
			assertThat(browser.text()).contains("Putu Ayu", "putu.ayu@example.id");
			browser.screenshot("staff-phone-booking-1280");
		}
	}

	/**
	 * Every page of the menu opens for the administrator with its heading, on a phone and
	 * on a desktop; the screenshots are left for review.
	 */
	@Test
	void everyMenuPageOpensOnAPhoneAndADesktop() {
		for (int width : new int[] { 390, 1280 }) {
			try (Browser browser = Browser.open(base, width, 900)) {
				browser.logIn(TestApplications.ADMIN_EMAIL, TestApplications.ADMIN_PASSWORD);
				browser.waitForPath("/staff");
				List<String> pages = browser.findAll(By.cssSelector("nav.menu a"))
					.stream()
					.map((link) -> link.getDomAttribute("href"))
					.toList();
				assertThat(pages).hasSizeGreaterThanOrEqualTo(14);
				for (String page : pages) {
					browser.go(page);
					assertThat(browser.find(By.tagName("h1")).getText()).as(page).isNotBlank();
					assertThat(browser.text()).as(page).doesNotContain("Something went wrong", "Not allowed");
					browser.screenshot(page.substring(1).replace('/', '-') + "-" + width);
				}
			}
		}
	}

	/**
	 * The newcomer's check: an integration pointed at an Airbnb-shaped feed served from
	 * this machine, synced from its page on a phone, its block on the staff calendar.
	 */
	@Test
	void theManagerPointsAnIntegrationAtAFeedSyncsItAndSeesTheBlockOnTheCalendar() {
		LocalDate checkIn = LocalDate.now(ZoneId.of("Asia/Makassar")).plusDays(60);
		WireMockServer ota = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		ota.start();
		try (Browser browser = Browser.open(base, 390, 844)) {
			ota.stubFor(WireMock.get(WireMock.urlEqualTo("/calendar/ical/42.ics"))
				.willReturn(WireMock.aResponse()
					.withHeader("Content-Type", "text/calendar")
					.withBody(AirbnbFeed
						.of(AirbnbFeed.event("hm42@airbnb.com", checkIn, checkIn.plusDays(2), "Reserved")))));
			browser.logIn("kadek.sari@pondok.local", TestApplications.STAFF_PASSWORD);
			browser.waitForPath("/staff");
			browser.go("/staff/channels/new");
			browser.select(By.name("kind"), "airbnb");
			browser.type(By.name("name"), "Airbnb – Economy Room (local)");
			browser.select(By.name("room"), "economy-room");
			browser.type(By.name("importUrl"), ota.baseUrl() + "/calendar/ical/42.ics");
			browser.click(By.cssSelector("form[action$='/staff/channels'] button[type=submit]"));
			browser.waitForPath("/staff/channels/");
			String id = browser.path().replaceAll("\\D+", "");

			browser.click(By.cssSelector("form[action$='/sync'] button"));

			browser.find(By.cssSelector(".flash"));
			assertThat(browser.text()).contains("Synced Airbnb – Economy Room (local): 1 added");
			browser.screenshot("staff-channel-synced-390");
			browser.go("/staff/calendar?from=" + checkIn.minusDays(1));
			WebElement block = browser.find(By.cssSelector(".bar.ota_block"));
			assertThat(block.getText()).contains("OTA-" + id + "-");
			((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", block);
			browser.screenshot("staff-calendar-ota-block-390");
			browser.go("/staff/channels/history?integration=" + id);
			assertThat(browser.text()).contains("Airbnb – Economy Room (local)", "imported");
			browser.screenshot("staff-channel-history-390");
			browser.go("/staff/channels/feeds");
			assertThat(browser.driver().getPageSource()).contains("webcal://");
			browser.screenshot("staff-channel-feeds-390");
			browser.go("/staff/channels/settings");
			browser.screenshot("staff-channel-settings-390");
		}
		finally {
			ota.stop();
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
