package org.pondok.channel;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The age of each active feed's last good import. A feed counts as stale when that age
 * passes a few of its intervals (the rule of {@link SyncStatistics}), and the indicator
 * then says {@code STALE} ({@code /actuator/health/channelFeeds}). A stale feed is an
 * alert for staff, not a reason to take an instance out of a load balancer: {@code STALE}
 * ranks below {@code UP} in {@code management.endpoint.health.status.order}, so the
 * overall health stays UP. Only feeds that have ever imported well can be stale, so a
 * fresh installation whose demo feeds point at OTAs it cannot reach shows them as details
 * only.
 */
@Component("channelFeeds")
class FeedHealth implements HealthIndicator {

	static final Status STALE = new Status("STALE", "A feed's last good import is older than its alert age");

	private final SyncStatistics statistics;

	FeedHealth(SyncStatistics statistics) {
		this.statistics = statistics;
	}

	@Override
	public Health health() {
		Map<String, Object> feeds = new LinkedHashMap<>();
		boolean stale = false;
		for (SyncStatistics.Figures figures : this.statistics.all()) {
			if (!figures.watched()) {
				continue;
			}
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("lastResult", String.valueOf(figures.lastResult()));
			if (figures.staleness() == null) {
				detail.put("lastGoodImport", "never");
			}
			else {
				detail.put("ageMinutes", figures.staleness().toMinutes());
				detail.put("stale", figures.stale());
				stale |= figures.stale();
			}
			feeds.put(figures.integrationId() + " " + figures.name(), detail);
		}
		return (stale ? Health.status(STALE) : Health.up()).withDetail("feeds", feeds).build();
	}

}
