package org.pondok;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRESQL_VARIABLE, matches = ".+")
class PostgreSqlFoundationTests extends FoundationTests {

	@Override
	TestDatabases.Vendor vendor() {
		return TestDatabases.Vendor.POSTGRESQL;
	}

}
