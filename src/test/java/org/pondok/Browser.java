package org.pondok;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: nothing is downloaded.
 * Chromium's own network chatter (updates, sync, safe browsing) is switched off, as the
 * machine reaches no outside host. Tests that use it are tagged {@code browser}; on a
 * machine without Chromium they are skipped (CI installs it).
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final WebDriver driver;

	private final Path profile;

	private final String base;

	private Browser(WebDriver driver, Path profile, String base) {
		this.driver = driver;
		this.profile = profile;
		this.base = base;
	}

	public static Browser open(String base, int width, int height) {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and chromedriver from Debian's packages (apt-get install chromium chromium-driver)");
		try {
			Path profile = Files.createTempDirectory("pondok-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--disable-extensions", "--disable-default-apps", "--lang=en-GB",
					"--window-size=" + width + "," + height, "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile, base);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Browser go(String path) {
		this.driver.get(this.base + path);
		return this;
	}

	public WebElement find(By by) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * The elements once the page holds at least one: after a login the address changes
	 * before the next page has loaded.
	 */
	public List<WebElement> findAll(By by) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.presenceOfAllElementsLocatedBy(by));
	}

	public void type(By by, String text) {
		WebElement field = find(by);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Sets a field's value as a date picker would, whatever the browser's date format.
	 */
	public void set(By by, String value) {
		((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];",
				find(by), value);
	}

	public void select(By by, String value) {
		new org.openqa.selenium.support.ui.Select(find(by)).selectByValue(value);
	}

	public void click(By by) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(by))
			.click();
	}

	public String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	public String title() {
		return this.driver.getTitle();
	}

	public String path() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	public void waitForPath(String prefix) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until((d) -> path().startsWith(prefix));
	}

	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Writes a screenshot of the page to {@code target/screenshots/<name>.png}.
	 */
	public Path screenshot(String name) {
		try {
			Path folder = Files.createDirectories(Path.of("target", "screenshots"));
			Path file = folder.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Logs a staff member in through the login form.
	 */
	public void logIn(String email, String password) {
		go("/staff/login");
		type(By.id("username"), email);
		type(By.id("password"), password);
		click(By.cssSelector("form button[type=submit]"));
	}

	@Override
	public void close() {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary profile is harmless
		}
	}

}
