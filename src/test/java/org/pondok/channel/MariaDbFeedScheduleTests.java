package org.pondok.channel;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.pondok.TestDatabases;

@EnabledIfEnvironmentVariable(named = TestDatabases.MARIADB_VARIABLE, matches = ".+")
class MariaDbFeedScheduleTests extends FeedScheduleTests {

	@Override
	TestDatabases.Vendor vendor() {
		return TestDatabases.Vendor.MARIADB;
	}

}
