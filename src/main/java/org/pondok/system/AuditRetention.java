package org.pondok.system;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes audit entries older than {@code security.audit_retention_days}, once a night on
 * one instance.
 */
@Component
class AuditRetention {

	static final String RETENTION_DAYS = "security.audit_retention_days";

	private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

	private final AuditTrail audit;

	private final SystemSettings settings;

	private final Clock clock;

	AuditRetention(AuditTrail audit, SystemSettings settings, Clock clock) {
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "0 40 3 * * *")
	@SchedulerLock(name = "audit-retention", lockAtMostFor = "PT30M")
	void removeExpired() {
		int days = this.settings.integer(RETENTION_DAYS, 365);
		if (days < 1) {
			return;
		}
		int removed = this.audit.removeOlderThan(this.clock.instant().minus(Duration.ofDays(days)));
		if (removed > 0) {
			this.audit.recordApart("system", "audit.pruned", "audit", null,
					removed + " entries older than " + days + " days removed");
			log.info("Removed {} audit entries older than {} days", removed, days);
		}
	}

}
