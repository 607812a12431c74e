package org.pondok;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.RoomView;
import org.pondok.catalog.UnitView;
import org.pondok.inventory.Inventory;
import org.pondok.shared.StayPeriod;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guest books the demo villa in a real browser: from the home page to the confirmation,
 * in German paying in euros and in Japanese paying in rupiah, by bank transfer; a taken
 * night cannot be picked; a booking is found and cancelled from manage booking.
 * Screenshots of the home page and the review are left under target/screenshots.
 */
@Tag("browser")
class GuestBrowserTests {

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
	void aGuestBooksInGermanPayingInEurosByBankTransfer() {
		String reference = book("de", "EUR", 60, 1280, "Banküberweisung");

		assertThat(reference).startsWith("BK-");
	}

	@Test
	void aGuestBooksInJapanesePayingInRupiahOnAPhone() {
		String reference = book("ja", "IDR", 75, 390, "銀行振込");

		assertThat(reference).startsWith("BK-");
	}

	@Test
	void aTakenNightCannotBeChosen() {
		Catalog catalog = app.getBean(Catalog.class);
		LocalDate night = catalog.today().plusDays(95);
		RoomView room = catalog.requireRoom("master-suite");
		for (UnitView unit : room.units()) {
			app.getBean(Inventory.class)
				.block(unit.id(), new StayPeriod(night, night.plusDays(1)), "browser test", "test");
		}
		try (Browser browser = Browser.open(base, 1280, 900)) {
			browser.go("/search?room=master-suite&month=" + night.toString().substring(0, 7));

			By taken = By.cssSelector("td[data-date='" + night + "']");
			assertThat(browser.find(taken).getDomAttribute("class")).contains("taken");
			assertThat(browser.find(taken).findElements(By.tagName("a"))).isEmpty();
			assertThat(browser.find(By.cssSelector("td[data-date='" + night.plusDays(1) + "']"))
				.findElements(By.tagName("a"))).isNotEmpty();
		}
	}

	@Test
	void aBookingIsFoundAndCancelledFromManageBooking() {
		String reference = book("en", "USD", 110, 1280, "Bank transfer");
		try (Browser browser = Browser.open(base, 390, 844)) {
			browser.go("/booking/manage?lang=en");
			browser.type(By.id("reference"), reference);
			browser.type(By.id("email"), "guest-en@example.com");
			browser.click(By.cssSelector("form.stack button[type=submit]"));
			browser.waitForPath("/booking/manage/" + reference);
			browser.click(By.linkText("Cancel this booking"));
			assertThat(browser.find(By.id("refund")).getText()).isNotBlank();

			browser.click(By.cssSelector("button.danger"));

			browser.find(By.cssSelector(".flash"));
			assertThat(browser.text()).contains("Your booking is cancelled.", "Cancelled");
		}
	}

	/**
	 * Books the Deluxe Suite from the home page and returns the reference the
	 * confirmation shows.
	 */
	private static String book(String lang, String currency, int daysAhead, int width, String bankTransfer) {
		LocalDate checkIn = app.getBean(Catalog.class).today().plusDays(daysAhead);
		try (Browser browser = Browser.open(base, width, 900)) {
			browser.go("/?lang=" + lang + "&currency=" + currency);
			assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo(lang);
			if (daysAhead < 100) {
				browser.screenshot("site-home-" + lang + "-" + width);
			}
			browser.set(By.id("checkIn"), checkIn.toString());
			browser.set(By.id("checkOut"), checkIn.plusDays(3).toString());
			browser.click(By.cssSelector("form.search button[type=submit]"));
			browser.waitForPath("/search");
			browser.click(By.cssSelector("li[data-room='deluxe-suite'] .choose button"));
			browser.waitForPath("/book");
			browser.find(By.cssSelector("input[name=offer]"));
			browser.click(By.cssSelector("form.step button.primary"));
			browser.find(By.id("adults"));
			browser.click(By.cssSelector("form.step button.primary"));
			browser.type(By.id("firstName"), "Anna");
			browser.type(By.id("lastName"), "Müller");
			browser.type(By.id("email"), "guest-" + lang + "@example.com");
			browser.select(By.id("country"), "DE");
			browser.click(By.cssSelector("form.step button.primary"));
			browser.find(By.cssSelector("input[name=payment][value=bank_transfer]"));
			browser.click(By.cssSelector("form.step button.primary"));
			browser.find(By.cssSelector("table.breakdown"));
			assertThat(browser.text()).contains(bankTransfer);
			browser.screenshot("site-review-" + lang + "-" + width);

			browser.click(By.cssSelector("form.step button.primary"));

			browser.waitForPath("/booking/BK-");
			String reference = browser.find(By.id("reference")).getText();
			assertThat(browser.text()).contains(reference, bankTransfer, "CENAIDJA");
			return reference;
		}
	}

}
