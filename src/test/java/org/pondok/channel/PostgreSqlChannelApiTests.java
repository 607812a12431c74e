package org.pondok.channel;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.pondok.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRESQL_VARIABLE, matches = ".+")
class PostgreSqlChannelApiTests extends ChannelApiTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.fresh(TestDatabases.Vendor.POSTGRESQL)
			.properties()
			.forEach((key, value) -> registry.add(key, () -> value));
	}

}
