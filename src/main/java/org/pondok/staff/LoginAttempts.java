package org.pondok.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.pondok.system.AuditTrail;

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

	private final AuditTrail audit;

	LoginAttempts(JdbcClient jdbc, Clock clock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
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
			this.audit.record(email, "staff.locked", "staff", String.valueOf(memberId),
					MAX_FAILURES + " failed logins in a row from " + address + "; locked for " + LOCKED_FOR.toMinutes()
							+ " minutes");
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
