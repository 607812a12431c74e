package org.pondok;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRESQL_VARIABLE, matches = ".+")
class PostgreSqlBookingRaceTests extends BookingRaceTests {

	@Override
	TestDatabases.Vendor vendor() {
		return TestDatabases.Vendor.POSTGRESQL;
	}

}
