package org.pondok.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The garbage collections of the JVM while a run is measured: how many, the longest and
 * the sum of their durations. A pause stops the server and the clients alike, so the
 * longest one bounds what the latency percentiles can show.
 */
final class Pauses implements AutoCloseable {

	private final List<NotificationEmitter> emitters = new ArrayList<>();

	private final NotificationListener listener = (notification, handback) -> {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			// concurrent cycles (G1's marking, ZGC's phases) do not stop the application
			if (!info.getGcName().contains("Concurrent") && !info.getGcCause().contains("No GC")) {
				record(info.getGcInfo().getDuration());
			}
		}
	};

	private int count;

	private long max;

	private long total;

	private Pauses() {
	}

	static Pauses start() {
		Pauses pauses = new Pauses();
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(pauses.listener, null, null);
				pauses.emitters.add(emitter);
			}
		}
		return pauses;
	}

	private synchronized void record(long millis) {
		this.count++;
		this.max = Math.max(this.max, millis);
		this.total += millis;
	}

	synchronized int count() {
		return this.count;
	}

	synchronized double maxMillis() {
		return this.max;
	}

	synchronized double totalMillis() {
		return this.total;
	}

	@Override
	public void close() {
		for (NotificationEmitter emitter : this.emitters) {
			try {
				emitter.removeNotificationListener(this.listener);
			}
			catch (ListenerNotFoundException ex) {
				// already gone
			}
		}
	}

}
