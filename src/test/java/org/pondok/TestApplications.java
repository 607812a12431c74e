package org.pondok;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole application on a random port against a given database, as
 * {@code java -jar} would, so that tests can run several instances side by side.
 */
public final class TestApplications {

	public static final String ADMIN_EMAIL = "admin@pondok.test";

	public static final String ADMIN_PASSWORD = "admin-password-for-tests";

	public static final String STAFF_PASSWORD = "staff-password-for-tests";

	private TestApplications() {
	}

	public static ConfigurableApplicationContext start(TestDatabases.Database database, Path dataDir, boolean demo,
			Map<String, Object> extra) {
		Map<String, Object> properties = new HashMap<>(database.properties());
		properties.put("server.port", "0");
		properties.put("pondok.data-dir", dataDir.toString());
		properties.put("pondok.demo", String.valueOf(demo));
		properties.put("pondok.admin-email", ADMIN_EMAIL);
		properties.put("pondok.admin-password", ADMIN_PASSWORD);
		properties.put("pondok.demo-staff-password", STAFF_PASSWORD);
		properties.put("pondok.rate-limit-per-hour", "1000000");
		properties.putAll(extra);
		// as arguments, so they win over application.yml's ${PONDOK_...} defaults
		String[] arguments = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(PondokApplication.class).run(arguments);
	}

	public static String baseUrl(ConfigurableApplicationContext app) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
