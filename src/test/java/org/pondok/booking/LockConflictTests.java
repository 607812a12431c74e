package org.pondok.booking;

import java.sql.SQLTransactionRollbackException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class LockConflictTests {

	@Test
	void retriesADeadlockHiddenBehindAFailedSavepointRollback() {
		TransactionSystemException rollbackFailed = new TransactionSystemException("Could not roll back to savepoint");
		rollbackFailed.initApplicationException(new CannotAcquireLockException("Deadlock found",
				new SQLTransactionRollbackException("Deadlock found when trying to get lock")));

		assertThat(BookingManagement.isLockConflict(rollbackFailed)).isTrue();
	}

	@Test
	void aTakenNightIsNotALockConflict() {
		assertThat(BookingManagement.isLockConflict(new DuplicateKeyException("Duplicate entry"))).isFalse();
		assertThat(BookingManagement.isLockConflict(new IllegalStateException("boom"))).isFalse();
	}

}
