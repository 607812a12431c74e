package org.pondok.staff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the staff login and the API defend themselves ({@code pondok.security.*}); the API
 * budget itself is {@code pondok.rate-limit-per-hour}.
 *
 * @param failedLoginDelay the pause after a failed login, times the failures so far
 * @param maxFailedLoginDelay the longest such pause
 * @param feedRateLimitPerHour calendar feed requests per feed token and address an hour
 * @param rateLimitSync how often this instance's rate counts are added to the shared ones
 * and read back
 * @param accessLogCapacity API calls waiting to be written; more are dropped and counted
 * @param accessLogFlush how often waiting API calls are written
 * @param accessLogBatch most API calls written in one batch
 */
@ConfigurationProperties("pondok.security")
record ProtectionProperties(@DefaultValue("500ms") Duration failedLoginDelay,
		@DefaultValue("3s") Duration maxFailedLoginDelay, @DefaultValue("120") int feedRateLimitPerHour,
		@DefaultValue("1s") Duration rateLimitSync, @DefaultValue("10000") int accessLogCapacity,
		@DefaultValue("100ms") Duration accessLogFlush, @DefaultValue("500") int accessLogBatch) {

	Duration failedLoginPause(int failuresSoFar) {
		Duration pause = this.failedLoginDelay.multipliedBy(Math.max(0, failuresSoFar));
		return (pause.compareTo(this.maxFailedLoginDelay) > 0) ? this.maxFailedLoginDelay : pause;
	}

}
