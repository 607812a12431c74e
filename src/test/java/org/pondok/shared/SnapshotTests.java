package org.pondok.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotTests {

	private final AtomicInteger loads = new AtomicInteger();

	@AfterEach
	void leaveNoTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
		TransactionSynchronizationManager.setActualTransactionActive(false);
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
	}

	@Test
	void reusesTheValueWhileItIsYoung() {
		Snapshot<Integer> snapshot = new Snapshot<>(Duration.ofMinutes(1), this.loads::incrementAndGet);

		assertThat(snapshot.get()).isEqualTo(1);
		assertThat(snapshot.get()).isEqualTo(1);
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void reloadsTheValueOnceItHasAged() throws InterruptedException {
		Snapshot<Integer> snapshot = new Snapshot<>(Duration.ofMillis(1), this.loads::incrementAndGet);

		snapshot.get();
		Thread.sleep(5);

		assertThat(snapshot.get()).isEqualTo(2);
	}

	@Test
	void aChangeDropsTheValue() {
		Snapshot<Integer> snapshot = new Snapshot<>(Duration.ofMinutes(1), this.loads::incrementAndGet);
		snapshot.get();

		snapshot.changed();

		assertThat(snapshot.get()).isEqualTo(2);
	}

	@Test
	void aChangeInsideATransactionDropsTheValueAgainWhenItEnds() {
		Snapshot<Integer> snapshot = new Snapshot<>(Duration.ofMinutes(1), this.loads::incrementAndGet);
		TransactionSynchronizationManager.initSynchronization();
		snapshot.changed();
		assertThat(snapshot.get()).as("read by another reader before the commit").isEqualTo(1);

		TransactionSynchronizationManager.getSynchronizations()
			.forEach((synchronization) -> synchronization.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));

		assertThat(snapshot.get()).isEqualTo(2);
	}

	@Test
	void aReadWriteTransactionAlwaysReadsAfreshAndKeepsNothing() {
		Snapshot<Integer> snapshot = new Snapshot<>(Duration.ofMinutes(1), this.loads::incrementAndGet);
		snapshot.get();
		TransactionSynchronizationManager.setActualTransactionActive(true);

		assertThat(snapshot.get()).isEqualTo(2);
		assertThat(snapshot.get()).isEqualTo(3);

		TransactionSynchronizationManager.setActualTransactionActive(false);
		assertThat(snapshot.get()).as("the value kept before the transaction").isEqualTo(1);
	}

	@Test
	void aReadOnlyTransactionSharesTheValue() {
		Snapshot<Integer> snapshot = new Snapshot<>(Duration.ofMinutes(1), this.loads::incrementAndGet);
		snapshot.get();
		TransactionSynchronizationManager.setActualTransactionActive(true);
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);

		assertThat(snapshot.get()).isEqualTo(1);
	}

}
