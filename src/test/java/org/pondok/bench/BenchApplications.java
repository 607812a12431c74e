package org.pondok.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.pondok.TestDatabases;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole application for a benchmark on a random port, as {@code java -jar}
 * does, with limits high enough that no benchmark client is ever throttled.
 */
final class BenchApplications {

	private BenchApplications() {
	}

	static ConfigurableApplicationContext start(TestDatabases.Database database, Path dataDir, boolean demo,
			Map<String, String> more) {
		Map<String, Object> properties = new HashMap<>(database.properties());
		properties.put("server.port", "0");
		properties.put("pondok.data-dir", dataDir.toString());
		properties.put("pondok.demo", String.valueOf(demo));
		properties.put("pondok.admin-password", "bench-admin-password");
		properties.put("pondok.demo-staff-password", "bench-staff-password");
		properties.put("pondok.rate-limit-per-hour", "100000000");
		properties.put("logging.level.root", "warn");
		properties.putAll(more);
		String[] arguments = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(org.pondok.PondokApplication.class).run(arguments);
	}

}
