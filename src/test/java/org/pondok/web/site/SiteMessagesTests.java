package org.pondok.web.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guest site speaks its nine languages alike: every bundle has the same keys as the
 * English one, each message takes the same arguments and reads as a message pattern, and
 * every key the site's templates and code name is there.
 */
class SiteMessagesTests {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	@Test
	void everyLanguageHasEveryKeyWithTheSameArguments() throws IOException {
		Properties english = bundle("en");
		for (String lang : SiteLanguages.CODES) {
			Properties other = bundle(lang);

			assertThat(other.stringPropertyNames()).as(lang)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			for (String key : english.stringPropertyNames()) {
				String text = other.getProperty(key);
				assertThat(text).as(lang + " " + key).isNotBlank();
				assertThat(arguments(text)).as(lang + " " + key).isEqualTo(arguments(english.getProperty(key)));
				if (!arguments(text).isEmpty()) {
					assertThat(new MessageFormat(text, Locale.forLanguageTag(lang)).format(new Object[] { 2, 3, 4 }))
						.as(lang + " " + key)
						.doesNotContain("{");
				}
			}
		}
	}

	@Test
	void everyKeyTheSiteNamesIsInTheBundles() throws IOException {
		Properties english = bundle("en");
		List<String> missing = new ArrayList<>();
		int named = 0;
		Pattern key = Pattern
			.compile("[#(']\\{?['\"]?(site\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)+)|\"(site\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)+)\"");
		try (Stream<Path> files = Stream
			.concat(Files.walk(Path.of("src/main/resources/templates/site")),
					Stream.of(Path.of("src/main/resources/templates/maintenance.html"),
							Path.of("src/main/java/org/pondok/web/site"),
							Path.of("src/main/java/org/pondok/web/MaintenanceMode.java")))
			.flatMap(SiteMessagesTests::walk)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Matcher found = key.matcher(Files.readString(file));
				while (found.find()) {
					named++;
					String name = (found.group(1) != null) ? found.group(1) : found.group(2);
					if (!english.containsKey(name)) {
						missing.add(file.getFileName() + ": " + name);
					}
				}
			}
		}

		assertThat(named).as("keys named").isGreaterThan(150);
		assertThat(missing).isEmpty();
	}

	private static Stream<Path> walk(Path path) {
		try {
			return Files.isDirectory(path) ? Files.walk(path).filter(Files::isRegularFile) : Stream.of(path);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Set<String> arguments(String text) {
		Set<String> arguments = new TreeSet<>();
		Matcher argument = ARGUMENT.matcher(text);
		while (argument.find()) {
			arguments.add(argument.group(1));
		}
		return arguments;
	}

	private static Properties bundle(String lang) throws IOException {
		String name = "/messages/site" + (lang.equals("en") ? "" : "_" + lang) + ".properties";
		try (InputStream in = SiteMessagesTests.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}

}
