package org.pondok.channel;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.pondok.booking.BeforeClaim;
import org.pondok.catalog.Catalog;
import org.pondok.shared.StayPeriod;
import org.pondok.system.SystemSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Before a booking claims nights that start within a few days (system setting
 * {@code booking.pre_booking_sync_days}), fetches the room's active feeds again whose
 * last good import is older than {@code booking.pre_booking_sync_max_age_minutes}, all at
 * once and each within the calendar setting {@code sync.pre_booking_timeout_seconds}: the
 * nights an OTA sold since the last import then block the claim, and the window in which
 * a double booking can happen is as small as it can be. Each fetch is recorded as a
 * {@code pre_booking} run; one that fails or is slow is recorded so and the booking goes
 * on. Bookings arriving together share one fetch per feed (see
 * {@link ChannelSync#refresh}).
 */
@Component
class PreBookingRefresh implements BeforeClaim, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PreBookingRefresh.class);

	/**
	 * Beyond the fetch time-out, how long the booking waits for the imports to be
	 * applied.
	 */
	private static final Duration APPLY_ALLOWANCE = Duration.ofSeconds(5);

	private final ChannelManagement channels;

	private final ChannelSync sync;

	private final Catalog catalog;

	private final SystemSettings settings;

	private final MeterRegistry meters;

	private final ExecutorService fetches = Executors.newCachedThreadPool(new Named());

	PreBookingRefresh(ChannelManagement channels, ChannelSync sync, Catalog catalog, SystemSettings settings,
			MeterRegistry meters) {
		this.settings = settings;
		this.channels = channels;
		this.sync = sync;
		this.catalog = catalog;
		this.meters = meters;
	}

	@Override
	public void beforeClaim(String roomCode, StayPeriod stay) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// a caller's open transaction must not wait on an OTA
			log.debug("No pre-booking fetch for {} inside a transaction", roomCode);
			return;
		}
		LocalDate today = this.catalog.today();
		int days = this.settings.integer("booking.pre_booking_sync_days", 2);
		if (stay.checkIn().isBefore(today) || stay.checkIn().isAfter(today.plusDays(days))) {
			return;
		}
		List<Long> feeds = this.channels.integrations()
			.stream()
			.filter((i) -> i.status().equals("active") && roomCode.equals(i.roomCode()) && i.importUrl() != null)
			.map(IntegrationView::id)
			.toList();
		if (feeds.isEmpty()) {
			return;
		}
		Duration maxAge = Duration
			.ofMinutes(Math.max(0, this.settings.integer("booking.pre_booking_sync_max_age_minutes", 5)));
		Duration timeout = Duration.ofSeconds(Math.max(1, timeoutSeconds()));
		List<Future<ChannelSync.Refresh>> running = new ArrayList<>();
		for (long id : feeds) {
			running.add(this.fetches.submit(() -> this.sync.refresh(id, maxAge, timeout)));
		}
		long deadline = System.nanoTime() + timeout.plus(APPLY_ALLOWANCE).toNanos();
		for (int i = 0; i < running.size(); i++) {
			ChannelSync.Refresh outcome;
			try {
				outcome = running.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				// a slow apply goes on by itself and records its run; the booking does
				// not wait
				log.warn("Pre-booking fetch of integration {} for {} {}: {}", feeds.get(i), roomCode, stay,
						ex.toString());
				count("error");
				continue;
			}
			if (outcome != ChannelSync.Refresh.FRESH) {
				log.info("Pre-booking fetch of integration {} for {} {}: {}", feeds.get(i), roomCode, stay, outcome);
			}
			count(outcome.name().toLowerCase(java.util.Locale.ROOT));
		}
	}

	@Override
	public void destroy() {
		this.fetches.shutdownNow();
	}

	private void count(String outcome) {
		this.meters.counter("pondok.channel.pre_booking", "outcome", outcome).increment();
	}

	private int timeoutSeconds() {
		try {
			return Integer.parseInt(this.channels.calendarSetting("sync.pre_booking_timeout_seconds", "4").trim());
		}
		catch (NumberFormatException ex) {
			return 4;
		}
	}

	private static final class Named implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable work) {
			Thread thread = new Thread(work, "pre-booking-fetch-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
