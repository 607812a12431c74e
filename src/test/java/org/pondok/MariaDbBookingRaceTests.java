package org.pondok;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = TestDatabases.MARIADB_VARIABLE, matches = ".+")
class MariaDbBookingRaceTests extends BookingRaceTests {

	@Override
	TestDatabases.Vendor vendor() {
		return TestDatabases.Vendor.MARIADB;
	}

	@Test
	@Override
	void twoInstancesOnOneDatabaseSellEachNightOnce() throws Exception {
		super.twoInstancesOnOneDatabaseSellEachNightOnce();
	}

}
