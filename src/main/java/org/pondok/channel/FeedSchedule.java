package org.pondok.channel;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Imports every active feed whose interval has passed, once across instances: the round
 * holds one lock, and each feed its own, so a feed being imported on demand meanwhile is
 * left to that import.
 */
@Component
class FeedSchedule {

	private static final Logger log = LoggerFactory.getLogger(FeedSchedule.class);

	private final ChannelSync sync;

	FeedSchedule(ChannelSync sync) {
		this.sync = sync;
	}

	@Scheduled(fixedDelayString = "${pondok.channel.import-check:PT1M}",
			initialDelayString = "${pondok.channel.import-initial-delay:PT1M}")
	@SchedulerLock(name = "channel-feed-import", lockAtMostFor = "PT30M")
	void importDueFeeds() {
		for (long id : this.sync.due()) {
			try {
				this.sync.syncDue(id);
			}
			catch (RuntimeException ex) {
				log.warn("Import of integration {} failed: {}", id, ex.getMessage());
			}
		}
	}

}
