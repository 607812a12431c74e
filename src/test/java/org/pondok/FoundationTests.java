package org.pondok;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer sees, on each database: the application starts on an empty database,
 * migrates it, loads the demo villa, and serves every demo figure through the API;
 * started again on the same database it migrates nothing and loads nothing twice.
 * Subclasses name the database.
 */
abstract class FoundationTests {

	static final String ADMIN_EMAIL = TestApplications.ADMIN_EMAIL;

	static final String ADMIN_PASSWORD = TestApplications.ADMIN_PASSWORD;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	Path dataDir;

	abstract TestDatabases.Vendor vendor();

	@Test
	void migratesAnEmptyDatabaseLoadsTheDemoAndServesEveryFigure() throws Exception {
		TestDatabases.Database database = TestDatabases.fresh(vendor());
		int migrations;

		try (ConfigurableApplicationContext app = start(database)) {
			String base = baseUrl(app);
			String token = token(base);

			assertThat(items(get(base + "/api/v1/rooms", null))).hasSize(5);
			assertThat(items(get(base + "/api/v1/packages", null))).hasSize(3);
			assertThat(get(base + "/api/v1/bookings?size=5", token).get("total").asInt()).isEqualTo(30);
			assertThat(items(get(base + "/api/v1/staff", token))).hasSize(5);
			assertThat(items(get(base + "/api/v1/settings", token))).hasSize(82);
			assertThat(items(get(base + "/api/v1/languages", null))).hasSize(9);
			assertThat(items(get(base + "/api/v1/currencies", null))).hasSize(5);
			assertThat(items(get(base + "/api/v1/calendar-settings", token))).hasSize(24);
			assertThat(items(get(base + "/api/v1/calendar-subscriptions", token))).hasSize(13);
			assertThat(items(get(base + "/api/v1/integrations", token))).hasSize(12);
			assertThat(items(get(base + "/api/v1/notification-templates", token))).hasSize(10);
			assertThat(items(get(base + "/api/v1/gallery", null)).size()).isGreaterThanOrEqualTo(3);
			assertThat(get(base + "/actuator/health", null).get("status").asString()).isEqualTo("UP");
			assertThat(heldNightsMatchBookings(app)).isTrue();
			assertThat(page(base + "/")).contains("Master Suite", "Wellness Retreat");
			migrations = historyRows(app);
		}

		try (ConfigurableApplicationContext app = start(database)) {
			String base = baseUrl(app);
			String token = token(base);

			assertThat(get(base + "/api/v1/bookings?size=5", token).get("total").asInt()).isEqualTo(30);
			assertThat(items(get(base + "/api/v1/rooms", null))).hasSize(5);
			assertThat(items(get(base + "/api/v1/staff", token))).hasSize(5);
			assertThat(historyRows(app)).isEqualTo(migrations);
		}
	}

	private ConfigurableApplicationContext start(TestDatabases.Database database) {
		return TestApplications.start(database, this.dataDir, true, Map.of());
	}

	private static String baseUrl(ConfigurableApplicationContext app) {
		return TestApplications.baseUrl(app);
	}

	private String token(String base) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((ADMIN_EMAIL + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return this.json.readTree(response.body()).get("token").asString();
	}

	private JsonNode get(String url, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(url + " " + response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private String page(String url) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		return response.body();
	}

	private static JsonNode items(JsonNode list) {
		return list.get("items");
	}

	/**
	 * Every booking that is not cancelled holds exactly its own nights, and nothing else
	 * holds a night.
	 */
	private static boolean heldNightsMatchBookings(ConfigurableApplicationContext app) {
		JdbcClient jdbc = JdbcClient.create(app.getBean(javax.sql.DataSource.class));
		int held = jdbc.sql("SELECT COUNT(*) FROM inventory_nights").query(Integer.class).single();
		int booked = jdbc.sql("SELECT COALESCE(SUM(nights), 0) FROM bookings WHERE status <> 'cancelled'")
			.query(Integer.class)
			.single();
		int matched = jdbc.sql("""
				SELECT COUNT(*) FROM inventory_nights n JOIN bookings b
				  ON n.holder = 'booking' AND n.holder_ref = b.reference AND n.unit_id = b.unit_id
				 AND n.night >= b.check_in AND n.night < b.check_out
				""").query(Integer.class).single();
		return held > 0 && held == booked && held == matched;
	}

	private static int historyRows(ConfigurableApplicationContext app) {
		return app.getBean(org.flywaydb.core.Flyway.class).info().applied().length;
	}

}
