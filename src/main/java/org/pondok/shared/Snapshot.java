package org.pondok.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value read from the database that searches may reuse for a short while: the rooms on
 * sale, the settings, the exchange rates. Never the inventory.
 * <p>
 * A read inside a read-write transaction always loads afresh and keeps nothing, so a
 * booking is priced and checked against what is stored, and a transaction's uncommitted
 * writes are never shown to others. A change made through this instance drops the value
 * when its transaction commits; another instance's change shows within {@code maxAge}.
 * When the value has aged, one reader reloads it while the others keep the old one for
 * those few milliseconds, so a busy moment does not become a burst of identical reads.
 *
 * @param <T> the value
 */
public final class Snapshot<T> {

	/**
	 * How long a search may reuse what it read: long enough to spare the database under
	 * load, short enough that a change made on another instance shows at once to people.
	 */
	public static final Duration SEARCH_MAX_AGE = Duration.ofSeconds(2);

	private final Supplier<T> loader;

	private final long maxAgeNanos;

	private final AtomicLong generation = new AtomicLong();

	private final AtomicBoolean reloading = new AtomicBoolean();

	private volatile @Nullable Loaded<T> loaded;

	public Snapshot(Duration maxAge, Supplier<T> loader) {
		this.loader = loader;
		this.maxAgeNanos = maxAge.toNanos();
	}

	public T get() {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return this.loader.get();
		}
		Loaded<T> current = this.loaded;
		long now = System.nanoTime();
		if (current != null && now - current.at() < this.maxAgeNanos) {
			return current.value();
		}
		if (current != null && !this.reloading.compareAndSet(false, true)) {
			return current.value();
		}
		try {
			long before = this.generation.get();
			T value = this.loader.get();
			if (this.generation.get() == before) {
				this.loaded = new Loaded<>(value, now);
			}
			return value;
		}
		finally {
			if (current != null) {
				this.reloading.set(false);
			}
		}
	}

	/**
	 * Drops the value now and again when the current transaction, if any, commits.
	 */
	public void changed() {
		drop();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					drop();
				}

			});
		}
	}

	private void drop() {
		this.generation.incrementAndGet();
		this.loaded = null;
	}

	private record Loaded<T>(T value, long at) {
	}

}
