package org.pondok;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = TestDatabases.MARIADB_VARIABLE, matches = ".+")
class MariaDbFoundationTests extends FoundationTests {

	@Override
	TestDatabases.Vendor vendor() {
		return TestDatabases.Vendor.MARIADB;
	}

}
