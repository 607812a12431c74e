package org.pondok.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account in the database (so every instance sees them) and
 * locks an account for a while after too many in a row; the lock-out is written to the
 * audit trail.
 */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCKED_FOR = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginAttempts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return whether this failure locked the account
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean failed(long memberId, String email, String address) {
		Instant now = this.clock.instant();
		this.jdbc.sql("UPDATE admin_users SET failed_logins = failed_logins + 1 WHERE id = :id")
			.param("id", memberId)
			.update();
		int locked = this.jdbc.sql("""
				UPDATE admin_users SET locked_until = :until, failed_logins = 0
				WHERE id = :id AND failed_logins >= :max
				""")
			.param("until", Timestamp.from(now.plus(LOCKED_FOR)))
			.param("id", memberId)
			.param("max", MAX_FAILURES)
			.update();
		if (locked > 0) {
			this.jdbc
				.sql("""
						INSERT INTO audit_events (occurred_at, actor, action, target_type, target_id, details, remote_address)
						VALUES (:now, :actor, 'staff.locked', 'staff', :target, :details, :address)
						""")
				.param("now", Timestamp.from(now))
				.param("actor", email)
				.param("target", String.valueOf(memberId))
				.param("details",
						MAX_FAILURES + " failed logins in a row; locked for " + LOCKED_FOR.toMinutes() + " minutes")
				.param("address", address)
				.update();
		}
		return locked > 0;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(long memberId) {
		this.jdbc.sql("""
				UPDATE admin_users SET failed_logins = 0, locked_until = NULL, last_login_at = :now WHERE id = :id
				""").param("now", Timestamp.from(this.clock.instant())).param("id", memberId).update();
	}

}
