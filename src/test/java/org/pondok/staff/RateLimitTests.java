package org.pondok.staff;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.pondok.TestApplications;
import org.pondok.TestDatabases;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two running instances on one database share each client's hourly API budget: counts are
 * kept in memory and shared by a sync (called here by hand, as the background job would),
 * a spent budget answers 429 with Retry-After, and every answer tells the budget.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitTests {

	private static final int LIMIT = 5;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	@BeforeAll
	void start(@TempDir Path dataDir) {
		TestDatabases.Database database = TestDatabases.fresh(TestDatabases.Vendor.H2);
		Map<String, Object> small = Map.of("pondok.rate-limit-per-hour", String.valueOf(LIMIT),
				"pondok.security.rate-limit-sync", "1h", "pondok.security.feed-rate-limit-per-hour", "2");
		this.first = TestApplications.start(database, dataDir, false, small);
		this.second = TestApplications.start(database, dataDir, false, small);
	}

	@AfterAll
	void stop() {
		this.second.close();
		this.first.close();
	}

	@Test
	void twoInstancesShareOneClientsBudgetAndRefuseWithRetryAfter() throws Exception {
		String client = "198.51.100.7";
		for (int i = 1; i <= 3; i++) {
			HttpResponse<String> answer = get(this.first, "/api/v1/languages", client, null);
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.headers().firstValue("RateLimit-Limit")).hasValue(String.valueOf(LIMIT));
			assertThat(answer.headers().firstValue("RateLimit-Remaining")).hasValue(String.valueOf(LIMIT - i));
			assertThat(answer.headers().firstValue("RateLimit-Policy")).hasValue(LIMIT + ";w=3600");
			assertThat(answer.headers().firstValue("RateLimit-Reset")).isPresent();
		}

		assertThat(get(this.second, "/api/v1/languages", client, null).headers().firstValue("RateLimit-Remaining"))
			.as("before a sync the second instance knows only its own count")
			.hasValue(String.valueOf(LIMIT - 1));

		sync(this.first);
		sync(this.second);

		assertThat(get(this.second, "/api/v1/languages", client, null).headers().firstValue("RateLimit-Remaining"))
			.as("after it the second instance counts the first one's three")
			.hasValue("0");
		HttpResponse<String> refused = get(this.second, "/api/v1/languages", client, null);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("/rate-limited");
		assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
				(seconds) -> assertThat(Long.parseLong(seconds)).isPositive().isLessThanOrEqualTo(7200));
		assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");

		sync(this.second);
		sync(this.first);

		assertThat(get(this.first, "/api/v1/languages", client, null).statusCode())
			.as("the first instance now knows the budget is spent")
			.isEqualTo(429);
		assertThat(get(this.first, "/api/v1/languages", "198.51.100.8", null).statusCode())
			.as("another client has its own budget")
			.isEqualTo(200);
		assertThat(JdbcClient.create(this.first.getBean(javax.sql.DataSource.class))
			.sql("SELECT hits FROM rate_limit_windows WHERE client_key = :key")
			.param("key", "ip:" + client)
			.query(Long.class)
			.single()).isEqualTo(LIMIT);
	}

	@Test
	void aBearerTokenIsItsOwnClientAndFeedsHaveABudgetOfTheirOwn() throws Exception {
		String address = "198.51.100.20";
		for (int i = 0; i < LIMIT; i++) {
			get(this.first, "/api/v1/languages", address, null);
		}
		assertThat(get(this.first, "/api/v1/languages", address, null).statusCode()).isEqualTo(429);

		HttpResponse<String> withToken = get(this.first, "/api/v1/languages", address, "pdk_not-a-valid-token");
		assertThat(withToken.statusCode()).as("counted for the token, then refused by authentication").isEqualTo(401);
		assertThat(withToken.headers().firstValue("RateLimit-Remaining")).hasValue(String.valueOf(LIMIT - 1));

		assertThat(get(this.first, "/calendars/some-feed-token.ics", address, null).headers()
			.firstValue("RateLimit-Limit")).hasValue("2");
		get(this.first, "/calendars/some-feed-token.ics", address, null);
		assertThat(get(this.first, "/calendars/some-feed-token.ics", address, null).statusCode()).isEqualTo(429);
	}

	@Test
	void sendsHstsOnlyOverHttpsIncludingBehindATlsProxy() throws Exception {
		HttpRequest.Builder plain = HttpRequest
			.newBuilder(URI.create(TestApplications.baseUrl(this.first) + "/staff/login"));
		HttpResponse<String> overHttp = this.http.send(plain.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> proxied = this.http.send(plain.header("X-Forwarded-Proto", "https").build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000"));
		assertThat(overHttp.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("frame-ancestors 'none'"));
		assertThat(overHttp.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(overHttp.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(overHttp.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
	}

	private HttpResponse<String> get(ConfigurableApplicationContext app, String path, String client, String token)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestApplications.baseUrl(app) + path))
			.header("X-Forwarded-For", client);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void sync(ConfigurableApplicationContext app) {
		app.getBean(RateLimits.class).sync();
	}

}
