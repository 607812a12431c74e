package org.pondok.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.pondok.system.AuditTrail;
import org.pondok.system.SystemSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account in the database (so every instance sees them) and
 * locks an account for {@code security.lockout_minutes} after
 * {@code security.max_failed_logins} in a row; the lock-out is written to the audit
 * trail. Each call commits at once, so the pause that follows a failure holds no
 * transaction.
 */
@Component
class LoginAttempts {

	static final int DEFAULT_MAX_FAILURES = 5;

	static final int DEFAULT_LOCKOUT_MINUTES = 15;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	private final SystemSettings settings;

	LoginAttempts(JdbcClient jdbc, Clock clock, AuditTrail audit, SystemSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
		this.settings = settings;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Failure failed(long memberId, String email, String address) {
		int max = Math.max(1, this.settings.integer("security.max_failed_logins", DEFAULT_MAX_FAILURES));
		Duration lockedFor = Duration
			.ofMinutes(Math.max(1, this.settings.integer("security.lockout_minutes", DEFAULT_LOCKOUT_MINUTES)));
		Instant now = this.clock.instant();
		this.jdbc.sql("UPDATE admin_users SET failed_logins = failed_logins + 1 WHERE id = :id")
			.param("id", memberId)
			.update();
		int failures = this.jdbc.sql("SELECT failed_logins FROM admin_users WHERE id = :id")
			.param("id", memberId)
			.query(Integer.class)
			.single();
		int locked = this.jdbc.sql("""
				UPDATE admin_users SET locked_until = :until, failed_logins = 0
				WHERE id = :id AND failed_logins >= :max
				""")
			.param("until", Timestamp.from(now.plus(lockedFor)))
			.param("id", memberId)
			.param("max", max)
			.update();
		if (locked > 0) {
			this.audit.record(email, "staff.locked", "staff", String.valueOf(memberId), max
					+ " failed logins in a row from " + address + "; locked for " + lockedFor.toMinutes() + " minutes");
		}
		return new Failure(failures, locked > 0);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(long memberId) {
		this.jdbc.sql("""
				UPDATE admin_users SET failed_logins = 0, locked_until = NULL, last_login_at = :now WHERE id = :id
				""").param("now", Timestamp.from(this.clock.instant())).param("id", memberId).update();
	}

	/**
	 * A failed login: how many in a row so far, and whether it locked the account.
	 */
	record Failure(int failuresSoFar, boolean locked) {
	}

}
