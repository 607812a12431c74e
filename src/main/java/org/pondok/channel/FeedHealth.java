package org.pondok.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The age of each active feed's last good import. A feed counts as stale when that age
 * passes a few of its intervals, and the indicator then says {@code STALE}
 * ({@code /actuator/health/channelFeeds}). A stale feed is an alert for staff, not a
 * reason to take an instance out of a load balancer: {@code STALE} ranks below {@code UP}
 * in {@code management.endpoint.health.status.order}, so the overall health stays UP.
 * Only feeds that have ever imported well can be stale, so a fresh installation whose
 * demo feeds point at OTAs it cannot reach shows them as details only.
 */
@Component("channelFeeds")
class FeedHealth implements HealthIndicator {

	static final Status STALE = new Status("STALE", "A feed's last good import is older than its alert age");

	private final ChannelManagement channels;

	private final Clock clock;

	FeedHealth(ChannelManagement channels, Clock clock) {
		this.channels = channels;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Instant now = this.clock.instant();
		int intervals = Integer.parseInt(this.channels.calendarSetting("sync.staleness_alert_intervals", "3").trim());
		Map<String, Object> feeds = new LinkedHashMap<>();
		boolean stale = false;
		for (IntegrationView integration : this.channels.integrations()) {
			if (!integration.status().equals("active") || integration.importUrl() == null) {
				continue;
			}
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("lastResult", String.valueOf(integration.lastResult()));
			if (integration.lastSuccessAt() == null) {
				detail.put("lastGoodImport", "never");
			}
			else {
				Duration age = Duration.between(integration.lastSuccessAt(), now);
				boolean old = age
					.compareTo(Duration.ofMinutes((long) integration.syncIntervalMinutes() * intervals)) > 0;
				detail.put("ageMinutes", age.toMinutes());
				detail.put("stale", old);
				stale |= old;
			}
			feeds.put(integration.id() + " " + integration.name(), detail);
		}
		return (stale ? Health.status(STALE) : Health.up()).withDetail("feeds", feeds).build();
	}

}
