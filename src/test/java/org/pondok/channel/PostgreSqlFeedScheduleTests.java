package org.pondok.channel;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.pondok.TestDatabases;

@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRESQL_VARIABLE, matches = ".+")
class PostgreSqlFeedScheduleTests extends FeedScheduleTests {

	@Override
	TestDatabases.Vendor vendor() {
		return TestDatabases.Vendor.POSTGRESQL;
	}

}
