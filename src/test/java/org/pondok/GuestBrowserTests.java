package org.pondok;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pondok.catalog.Catalog;
import org.pondok.catalog.RoomView;
import org.pondok.catalog.UnitView;
import org.pondok.inventory.Inventory;
import org.pondok.shared.StayPeriod;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guest books the demo villa in a real browser: a newcomer from the home page to the
 * confirmation in German paying in euros (switching both on the page, timed, with no
 * English and no missing text on the way), in Japanese paying in rupiah on a phone, in
 * English in dollars; a taken night cannot be picked and the month grid works from the
 * keyboard; a booking is found and cancelled from manage booking. Every page on the way
 * is checked as rendered: labelled controls, errors tied to their fields, text contrast.
 * Screenshots of the home page and the review at 390 and 1280 pixels wide are left under
 * target/screenshots.
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
	void aNewcomerBooksInGermanPayingInEurosByBankTransferMeetingNoEnglishOnTheWay() {
		Set<String> english = englishTexts("de");
		LocalDate checkIn = app.getBean(Catalog.class).today().plusDays(40);
		String reference;
		String link;
		long started = System.nanoTime();
		try (Browser browser = Browser.open(base, 1280, 900)) {
			browser.go("/");
			assertThat(lang(browser)).as("the browser asks for British English").isEqualTo("en");
			new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
			assertThat(active(browser, "return document.activeElement.className")).as("the first stop is the skip link")
				.isEqualTo("skip");
			browser.click(By.cssSelector(".switchers details:nth-of-type(1) summary"));
			browser.click(By.cssSelector(".switchers a[hreflang='de']"));
			waitFor(browser, "return document.documentElement.lang === 'de'");
			browser.click(By.cssSelector(".switchers details:nth-of-type(2) summary"));
			browser.click(By.linkText("EUR"));
			waitFor(browser,
					"return document.querySelector('.switchers details:nth-of-type(2) summary').textContent.trim() === 'EUR'");
			check(browser, "de", english);
			assertThat(browser.text()).contains("Die Villa", "pro Nacht", "€").doesNotContain("$");

			browser.set(By.id("checkIn"), checkIn.toString());
			browser.set(By.id("checkOut"), checkIn.plusDays(3).toString());
			browser.click(By.cssSelector("form.search button[type=submit]"));
			browser.waitForPath("/search");
			check(browser, "de", english);
			browser.click(By.cssSelector("li[data-room='deluxe-suite'] .choose button"));
			browser.waitForPath("/book");
			browser.find(By.cssSelector("input[name=offer]"));
			check(browser, "de", english);
			browser.click(By.cssSelector("form.step button.primary"));
			browser.find(By.id("adults"));
			check(browser, "de", english);
			browser.click(By.cssSelector("form.step button.primary"));
			browser.type(By.id("firstName"), "Anna");
			browser.type(By.id("lastName"), "Müller");
			browser.type(By.id("email"), "anna.mueller@");
			browser.select(By.id("country"), "DE");
			browser.click(By.cssSelector("form.step button.primary"));
			browser.find(By.id("email-error"));
			assertThat(browser.find(By.id("email")).getDomAttribute("aria-describedby")).isEqualTo("email-error");
			check(browser, "de", english);
			browser.type(By.id("email"), "anna.mueller@example.de");
			browser.click(By.cssSelector("form.step button.primary"));
			browser.find(By.cssSelector("input[name=payment][value=bank_transfer]"));
			assertThat(browser.driver().findElements(By.cssSelector("input[name=payment]"))).hasSize(1);
			check(browser, "de", english);
			browser.click(By.cssSelector("form.step button.primary"));
			browser.find(By.cssSelector("table.breakdown"));
			assertThat(browser.text()).contains("Banküberweisung", "Stornierung", "Gesamt", "€");
			check(browser, "de", english);

			browser.click(By.cssSelector("form.step button.primary"));

			browser.waitForPath("/booking/BK-");
			reference = browser.find(By.id("reference")).getText();
			assertThat(browser.text()).contains(reference, "Banküberweisung", "CENAIDJA", "Diesen Link aufbewahren");
			check(browser, "de", english);
			link = browser.find(By.id("manage-link")).getDomAttribute("href");
		}
		long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
		System.out.printf("A guest booked in German with euros from the home page to the confirmation in %.1f s%n",
				millis / 1000.0);

		try (Browser elsewhere = Browser.open(base, 390, 844)) {
			// the link names PONDOK_BASE_URL; this test's server listens on another port
			URI address = URI.create(link);
			elsewhere.go(address.getRawPath() + "?" + address.getRawQuery());
			elsewhere.waitForPath("/booking/manage/" + reference);
			assertThat(elsewhere.path()).as("the token leaves the address").doesNotContain("t=");
			assertThat(elsewhere.text()).contains(reference, "Anna Müller");
		}
	}

	@Test
	void aGuestBooksInJapanesePayingInRupiahOnAPhone() {
		String reference = book("ja", "IDR", 75, 390, "銀行振込");

		assertThat(reference).startsWith("BK-");
	}

	@Test
	void aGuestBooksInEnglishPayingInDollarsOnADesktopAndInGermanOnAPhone() {
		assertThat(book("en", "USD", 80, 1280, "Bank transfer")).startsWith("BK-");
		assertThat(book("de", "EUR", 85, 390, "Banküberweisung")).startsWith("BK-");
	}

	@Test
	void aTakenNightCannotBeChosenAndTheMonthGridWorksFromTheKeyboard() {
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
			assertThat(browser.find(taken).getDomProperty("textContent")).as("said to screen readers too")
				.contains("Not available");
			assertThat(browser.find(By.cssSelector("td[data-date='" + night.plusDays(1) + "']"))
				.findElements(By.tagName("a"))).isNotEmpty();

			browser.find(By.cssSelector(".months-nav a:last-child")).sendKeys(Keys.TAB);
			assertThat(active(browser, "return document.activeElement.closest('table.month') !== null"))
				.as("the next stop after the month links is a day of the grid")
				.isEqualTo("true");
			assertThat(active(browser, "return getComputedStyle(document.activeElement).outlineStyle"))
				.as("focus is visible")
				.isEqualTo("solid");
			browser.find(By.cssSelector("td[data-date='" + night.plusDays(1) + "'] a")).sendKeys(Keys.ENTER);
			waitFor(browser, "return location.search.indexOf('checkIn=" + night.plusDays(1) + "') >= 0");
			assertThat(browser.find(By.cssSelector("td[data-date='" + night.minusDays(1) + "'] a"))
				.getDomAttribute("class")).as("before the check-in a day picks a new check-in").isNull();
			browser.find(By.cssSelector("td[data-date='" + night.plusDays(4) + "'] a.out")).sendKeys(Keys.ENTER);
			waitFor(browser, "return location.search.indexOf('checkOut=" + night.plusDays(4) + "') >= 0");
			browser.find(By.cssSelector("li[data-room='master-suite'] .choose button"));
			check(browser, "en", Set.of());
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
			check(browser, "en", Set.of());
			browser.click(By.linkText("Cancel this booking"));
			assertThat(browser.find(By.id("refund")).getText()).isNotBlank();
			check(browser, "en", Set.of());

			browser.click(By.cssSelector("button.danger"));

			browser.find(By.cssSelector(".flash"));
			assertThat(browser.text()).contains("Your booking is cancelled.", "Cancelled");
		}
	}

	/**
	 * Books the Deluxe Suite from the home page and returns the reference the
	 * confirmation shows; screenshots the home page and the review.
	 */
	private static String book(String lang, String currency, int daysAhead, int width, String bankTransfer) {
		LocalDate checkIn = app.getBean(Catalog.class).today().plusDays(daysAhead);
		try (Browser browser = Browser.open(base, width, 900)) {
			browser.go("/?lang=" + lang + "&currency=" + currency);
			assertThat(lang(browser)).isEqualTo(lang);
			check(browser, lang, Set.of());
			browser.screenshot("site-home-" + lang + "-" + width);
			browser.set(By.id("checkIn"), checkIn.toString());
			browser.set(By.id("checkOut"), checkIn.plusDays(3).toString());
			browser.click(By.cssSelector("form.search button[type=submit]"));
			browser.waitForPath("/search");
			check(browser, lang, Set.of());
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
			check(browser, lang, Set.of());
			browser.screenshot("site-review-" + lang + "-" + width);

			browser.click(By.cssSelector("form.step button.primary"));

			browser.waitForPath("/booking/BK-");
			String reference = browser.find(By.id("reference")).getText();
			assertThat(browser.text()).contains(reference, bankTransfer, "CENAIDJA");
			check(browser, lang, Set.of());
			return reference;
		}
	}

	/**
	 * The page as rendered: in the language, no message key missing ({@code ??key??}),
	 * none of the given English texts, every control labelled, every field error tied to
	 * its field, and text readable on its background.
	 */
	private static void check(Browser browser, String lang, Set<String> english) {
		String page = browser.path();
		assertThat(lang(browser)).as(page).isEqualTo(lang);
		assertThat(browser.driver().getPageSource()).as(page + ": a message key without its text").doesNotContain("??");
		List<String> texts = script(browser, "guest-page-texts.js");
		assertThat(texts).as(page + ": English texts")
			.noneMatch((text) -> english.contains(text)
					|| english.stream().anyMatch((word) -> word.length() >= 20 && text.contains(word)));
		List<String> problems = script(browser, "guest-page-checks.js");
		assertThat(problems).as(page).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static List<String> script(Browser browser, String name) {
		try (InputStream in = GuestBrowserTests.class.getResourceAsStream("/browser/" + name)) {
			String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(script);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String lang(Browser browser) {
		return browser.find(By.tagName("html")).getDomAttribute("lang");
	}

	private static String active(Browser browser, String script) {
		return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(script));
	}

	private static void waitFor(Browser browser, String condition) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
			.until((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(condition)));
	}

	/**
	 * What the site and the demo villa say in English and not in the other language: the
	 * site's messages without arguments and the demo's texts (each line and list entry).
	 */
	private static Set<String> englishTexts(String lang) {
		Set<String> english = new HashSet<>();
		english.addAll(values("/messages/site.properties"));
		english.addAll(values("/demo/catalog.properties"));
		english.removeAll(values("/messages/site_" + lang + ".properties"));
		english.removeAll(values("/demo/catalog_" + lang + ".properties"));
		english.removeIf((text) -> text.contains("{") || text.length() < 3);
		assertThat(english).as("English texts to look for").hasSizeGreaterThan(200);
		return english;
	}

	private static Set<String> values(String resource) {
		Properties properties = new Properties();
		try (InputStream in = GuestBrowserTests.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Set<String> values = new HashSet<>();
		for (String key : properties.stringPropertyNames()) {
			for (String part : properties.getProperty(key).split("\\s*[|\\n]\\s*")) {
				values.add(part.replaceAll("\\s+", " ").trim());
			}
		}
		return values;
	}

}
