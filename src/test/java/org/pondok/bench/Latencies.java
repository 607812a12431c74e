package org.pondok.bench;

import java.util.Arrays;

/**
 * The latencies of all clients of one run, in nanoseconds, gathered once each client is
 * done.
 */
final class Latencies {

	private long[] all = new long[0];

	synchronized void add(long[] times, int count) {
		long[] joined = Arrays.copyOf(this.all, this.all.length + count);
		System.arraycopy(times, 0, joined, this.all.length, count);
		this.all = joined;
	}

	synchronized long[] sorted() {
		long[] sorted = this.all.clone();
		Arrays.sort(sorted);
		return sorted;
	}

}
