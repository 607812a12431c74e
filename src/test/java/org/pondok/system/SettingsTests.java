package org.pondok.system;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.sql.Timestamp;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The settings API as CONTRACT.md states it: typed, range-checked values refused with
 * field errors, unknown keys 404, stale versions 409, an audit entry per change, secrets
 * write-only and encrypted at rest; dev-only settings take effect in the dev environment
 * (this test runs as one), and debug mode raises Pondok's log level without logging a
 * secret.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:settings-tests;DB_CLOSE_DELAY=-1",
		"pondok.demo=false", "pondok.data-dir=target/settings-tests", "pondok.admin-password=admin-password-x1",
		"pondok.environment=dev" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SettingsTests {

	private static final String SECRET = "Sm7p-very-secret-Passw0rd";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SystemSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DebugMode debugMode;

	@Autowired
	AuditRetention retention;

	@Autowired
	LoggingSystem logging;

	@Test
	void listsEverySettingWithSecretsHiddenButFlaggedAsSetOrNot() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/settings").with(manager()).exchange();

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.items.length()").isEqualTo(82);
		assertThat(result).bodyJson()
			.extractingPath("$.items[?(@.key == 'whatsapp.api_token')]")
			.asArray()
			.singleElement()
			.satisfies((item) -> assertThat(item.toString()).contains("secret=true", "value=null", "set=false"));
		assertThat(result).bodyJson()
			.extractingPath("$.items[?(@.key == 'booking.max_guests')].value")
			.asArray()
			.containsExactly(6);
	}

	@Test
	void refusesValuesOfTheWrongTypeOrRangeWithAFieldErrorAndChangesNothing() {
		for (String value : List.of("\"abc\"", "0", "-1", "1.5", "true", "99999")) {
			assertThat(put("booking.max_nights", "{\"value\": " + value + "}")).as(value)
				.hasStatus(400)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isEqualTo("value");
		}
		assertThat(put("general.maintenance_mode", "{\"value\": \"yes\"}")).hasStatus(400);
		assertThat(put("i18n.staff_languages", "{\"value\": \"[1, 2\"}")).hasStatus(400);
		assertThat(put("i18n.staff_languages", "{\"value\": {\"en\": true}}")).hasStatus(400);
		assertThat(put("i18n.default_currency", "{\"value\": \"XYZ\"}")).hasStatus(400);
		assertThat(put("backup.schedule_cron", "{\"value\": \"every night\"}")).hasStatus(400);
		assertThat(put("general.environment", "{\"value\": \"prod\"}")).hasStatus(400);
		assertThat(put("booking.max_nights", "{\"other\": 3}")).hasStatus(400);

		assertThat(this.settings.find("booking.max_nights").orElseThrow().value()).isEqualTo("30");
		assertThat(audits("booking.max_nights")).isZero();
	}

	@Test
	void answersNotFoundForAnUnknownSettingAndForbiddenForAManager() {
		assertThat(put("no.such_setting", "{\"value\": 1}")).hasStatus(404)
			.bodyJson()
			.extractingPath("$.type")
			.asString()
			.endsWith("/not-found");

		assertThat(this.mvc.put()
			.uri("/api/v1/settings/booking.max_guests")
			.with(manager())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\": 8}")).hasStatus(403);
		assertThat(this.settings.find("booking.max_guests").orElseThrow().value()).isEqualTo("6");
	}

	@Test
	void changesASettingAndRecordsTheOldAndNewValue() {
		MvcTestResult result = put("booking.max_advance_days", "{\"value\": 400}");

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.value").isEqualTo(400);
		assertThat(this.jdbc.sql("""
				SELECT details FROM audit_events
				WHERE action = 'setting.changed' AND target_type = 'setting' AND target_id = 'booking.max_advance_days'
				  AND actor = 'root@pondok.test'
				""").query(String.class).single()).isEqualTo("730 → 400");
	}

	@Test
	void refusesAChangeMadeAgainstAStaleVersion() {
		int version = this.settings.find("booking.hold_minutes").orElseThrow().version();
		assertThat(put("booking.hold_minutes", "{\"value\": 45, \"version\": " + version + "}")).hasStatusOk();

		assertThat(put("booking.hold_minutes", "{\"value\": 50, \"version\": " + version + "}")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.asString()
			.endsWith("/conflict");
		assertThat(this.settings.find("booking.hold_minutes").orElseThrow().value()).isEqualTo("45");
	}

	@Test
	void savesSeveralSettingsAllOrNothing() {
		assertThatThrownBy(() -> this.settings.updateAll(List.of(new SettingChange("booking.min_nights", "2", null),
				new SettingChange("booking.max_guests", "0", null)), "root@pondok.test"))
			.isInstanceOf(SettingsRefusedException.class)
			.satisfies((ex) -> assertThat(((SettingsRefusedException) ex).problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.key()).isEqualTo("booking.max_guests")));

		assertThat(this.settings.find("booking.min_nights").orElseThrow().value()).isEqualTo("1");
		assertThat(audits("booking.min_nights")).isZero();
	}

	@Test
	void keepsASecretWriteOnlyEncryptedAndOutOfTheLogsEvenInDebugMode(CapturedOutput output) {
		assertThat(put("general.debug_mode", "{\"value\": true}")).hasStatusOk();
		this.debugMode.follow();
		assertThat(this.logging.getLoggerConfiguration("org.pondok").getEffectiveLevel()).isEqualTo(LogLevel.DEBUG);
		try {
			MvcTestResult result = put("email.smtp_password", "{\"value\": \"" + SECRET + "\"}");

			assertThat(result).hasStatusOk().bodyJson().extractingPath("$.value").isNull();
			assertThat(result).bodyJson().extractingPath("$.set").isEqualTo(true);
			assertThat(this.mvc.get().uri("/api/v1/settings").with(manager())).hasStatusOk()
				.bodyText()
				.doesNotContain(SECRET);
			String stored = this.jdbc
				.sql("SELECT config_value FROM system_config WHERE config_key = 'email.smtp_password'")
				.query(String.class)
				.single();
			assertThat(stored).startsWith("v1:").doesNotContain(SECRET);
			assertThat(this.settings.secret("email.smtp_password")).contains(SECRET);
			assertThat(this.jdbc.sql("SELECT details FROM audit_events WHERE target_id = 'email.smtp_password'")
				.query(String.class)
				.single()).isEqualTo("secret changed");
			assertThat(put("email.smtp_password", "{\"value\": \"" + SECRET + "x".repeat(5000) + "\"}")).hasStatus(400)
				.bodyText()
				.doesNotContain(SECRET);
			assertThat(output.getAll()).contains("Setting email.smtp_password changed").doesNotContain(SECRET);
		}
		finally {
			put("general.debug_mode", "{\"value\": false}");
			this.debugMode.follow();
		}
		assertThat(this.logging.getLoggerConfiguration("org.pondok").getEffectiveLevel()).isNotEqualTo(LogLevel.DEBUG);
	}

	@Test
	void aDevOnlySettingTakesEffectInTheDevEnvironment() {
		assertThat(this.settings.environment()).isEqualTo(RuntimeEnvironment.DEV);
		assertThat(this.settings.find("general.debug_mode").orElseThrow().effective()).isTrue();
		assertThat(this.settings.find("general.environment").orElseThrow().value()).isEqualTo("dev");
		assertThat(this.settings.text("payment.paypal_mode", "live")).isEqualTo("sandbox");
	}

	@Test
	void retentionRemovesOnlyEntriesOlderThanTheSetting() {
		Instant now = Instant.now();
		insertAudit("retention-old", now.minus(40, ChronoUnit.DAYS));
		insertAudit("retention-recent", now.minus(10, ChronoUnit.DAYS));
		this.settings.update(AuditRetention.RETENTION_DAYS, 30, "test");

		try {
			this.retention.removeExpired();
		}
		finally {
			this.settings.update(AuditRetention.RETENTION_DAYS, 365, "test");
		}

		assertThat(this.jdbc.sql("SELECT actor FROM audit_events WHERE actor LIKE 'retention-%'")
			.query(String.class)
			.list()).containsExactly("retention-recent");
	}

	private void insertAudit(String actor, Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO audit_events (occurred_at, actor, action, target_type) VALUES (:at, :actor, 'test.old', 'test')
					""")
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.update();
	}

	private int audits(String key) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE target_id = :key")
			.param("key", key)
			.query(Integer.class)
			.single();
	}

	private MvcTestResult put(String key, String body) {
		return this.mvc.put()
			.uri("/api/v1/settings/" + key)
			.with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private static RequestPostProcessor admin() {
		return user("root@pondok.test").authorities(new SimpleGrantedAuthority("settings.read"),
				new SimpleGrantedAuthority("settings.write"));
	}

	private static RequestPostProcessor manager() {
		return user("manager@pondok.test").authorities(new SimpleGrantedAuthority("settings.read"));
	}

}
