package org.pondok;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh, empty databases for tests: an H2 file in a temporary folder always, and MariaDB
 * or PostgreSQL when {@code PONDOK_TEST_MARIADB_URL} / {@code PONDOK_TEST_POSTGRESQL_URL}
 * name a server (e.g. {@code jdbc:mariadb://127.0.0.1:3306/pondok_test?user=root}); each
 * fresh database is created beside the one named, so tests never share state.
 */
public final class TestDatabases {

	public static final String MARIADB_VARIABLE = "PONDOK_TEST_MARIADB_URL";

	public static final String POSTGRESQL_VARIABLE = "PONDOK_TEST_POSTGRESQL_URL";

	private TestDatabases() {
	}

	public enum Vendor {

		H2, MARIADB, POSTGRESQL

	}

	/**
	 * How to reach one fresh database.
	 */
	public record Database(Vendor vendor, String url, String user, String password) {

		/**
		 * Spring properties that point the application at this database.
		 */
		public Map<String, Object> properties() {
			return Map.of("spring.datasource.url", this.url, "spring.datasource.username", this.user,
					"spring.datasource.password", this.password);
		}

	}

	public static Database fresh(Vendor vendor) {
		String name = "pondok_t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		return switch (vendor) {
			case H2 ->
				new Database(vendor, "jdbc:h2:file:" + h2Folder().resolve(name) + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
			case MARIADB -> create(vendor, System.getenv(MARIADB_VARIABLE), name,
					"CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			case POSTGRESQL -> create(vendor, System.getenv(POSTGRESQL_VARIABLE), name, "CREATE DATABASE " + name);
		};
	}

	private static Path h2Folder() {
		try {
			return Files.createTempDirectory("pondok-h2");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Database create(Vendor vendor, String baseUrl, String name, String createSql) {
		if (baseUrl == null || baseUrl.isBlank()) {
			throw new IllegalStateException("No test server for " + vendor);
		}
		ParsedUrl parsed = ParsedUrl.of(baseUrl);
		try (Connection connection = DriverManager.getConnection(parsed.url(), parsed.user(), parsed.password());
				Statement statement = connection.createStatement()) {
			statement.execute(createSql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create a test database on " + parsed.url() + ": " + ex.getMessage(),
					ex);
		}
		return new Database(vendor, parsed.withDatabase(name), parsed.user(), parsed.password());
	}

	/**
	 * A JDBC URL split into the address without credentials and the credentials.
	 */
	record ParsedUrl(String prefix, String database, Map<String, String> query, String user, String password) {

		static ParsedUrl of(String jdbcUrl) {
			URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
			String path = (uri.getPath() != null) ? uri.getPath() : "/";
			Map<String, String> query = new LinkedHashMap<>();
			String user = "";
			String password = "";
			if (uri.getQuery() != null) {
				for (String pair : uri.getQuery().split("&")) {
					String[] parts = pair.split("=", 2);
					String key = parts[0];
					String value = (parts.length > 1) ? parts[1] : "";
					switch (key.toLowerCase(Locale.ROOT)) {
						case "user" -> user = value;
						case "password" -> password = value;
						default -> query.put(key, value);
					}
				}
			}
			String prefix = "jdbc:" + uri.getScheme() + "://" + uri.getRawAuthority();
			return new ParsedUrl(prefix, path.replaceFirst("^/", ""), query, user, password);
		}

		String url() {
			return withDatabase(this.database);
		}

		String withDatabase(String name) {
			StringBuilder url = new StringBuilder(this.prefix).append('/').append(name);
			String separator = "?";
			for (Map.Entry<String, String> entry : this.query.entrySet()) {
				url.append(separator).append(entry.getKey()).append('=').append(entry.getValue());
				separator = "&";
			}
			return url.toString();
		}

	}

}
