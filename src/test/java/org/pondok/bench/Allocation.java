package org.pondok.bench;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated on the heap so far by the JVM's live threads (server, clients and
 * background work alike). Threads that ended in between are not counted, so a figure
 * taken as a difference is a slight undercount.
 */
final class Allocation {

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private Allocation() {
	}

	static long total() {
		long sum = 0;
		for (long bytes : THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
			if (bytes > 0) {
				sum += bytes;
			}
		}
		return sum;
	}

}
