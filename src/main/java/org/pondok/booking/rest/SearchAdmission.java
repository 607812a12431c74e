package org.pondok.booking.rest;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pondok.shared.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a few availability searches run at once and queues the rest in the order they
 * came. A search is short and all CPU; with every request of a busy moment running side
 * by side, the operating system would slice the cores among them and a search cut off
 * mid-way would wait behind all the others, so a few would take many times the median.
 * Queued in order, each waits only for those before it. A search that waits longer than
 * the limit is answered {@code 503} with {@code Retry-After}, rather than piling up.
 * <p>
 * Only searches are queued: a booking waits on locks and, near its dates, on a channel
 * feed, and must not hold a place that searches need.
 */
final class SearchAdmission extends OncePerRequestFilter {

	private final Semaphore permits;

	private final long waitNanos;

	SearchAdmission(int concurrency, Duration maxWait) {
		this.permits = new Semaphore(Math.max(1, concurrency), true);
		this.waitNanos = maxWait.toNanos();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted;
		try {
			admitted = this.permits.tryAcquire(this.waitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			busy(response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.permits.release();
		}
	}

	private static void busy(HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		Problems.write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.BUSY, "Busy",
				"Too many searches at once; try again in a second."));
	}

}
