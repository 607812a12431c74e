package org.pondok.web.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows guessing on the manage-booking form: an address that failed
 * {@value #MAX_FAILURES} look-ups within {@link #WINDOW} is refused until the oldest
 * failure is that old. Kept in this instance's memory: a rough brake on guessing, not a
 * shared budget (the API's limits are the shared ones), and forgotten on restart.
 */
@Component
class LookupAttempts {

	static final int MAX_FAILURES = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final int MAX_ADDRESSES = 10_000;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	LookupAttempts(Clock clock) {
		this.clock = clock;
	}

	boolean blocked(String address) {
		Deque<Instant> recent = this.failures.get(address);
		if (recent == null) {
			return false;
		}
		synchronized (recent) {
			prune(recent);
			return recent.size() >= MAX_FAILURES;
		}
	}

	void failed(String address) {
		if (this.failures.size() > MAX_ADDRESSES) {
			this.failures.clear();
		}
		Deque<Instant> recent = this.failures.computeIfAbsent(address, (key) -> new ArrayDeque<>());
		synchronized (recent) {
			prune(recent);
			recent.addLast(this.clock.instant());
		}
	}

	private void prune(Deque<Instant> recent) {
		Instant oldest = this.clock.instant().minus(WINDOW);
		while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
			recent.removeFirst();
		}
	}

}
