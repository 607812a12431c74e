package org.pondok.system;

import com.zaxxer.hikari.HikariConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server-side prepared statements are asked for on MariaDB alone, and never against the
 * address's own choice.
 */
class MariaDbStatementsTests {

	@Test
	void mariaDbPreparesOnTheServer() {
		HikariConfig pool = pool("jdbc:mariadb://127.0.0.1:3306/pondok");

		MariaDbStatements.prepareOnServer(pool);

		assertThat(pool.getDataSourceProperties()).containsEntry(MariaDbStatements.OPTION, "true");
	}

	@Test
	void anAddressThatChoosesKeepsItsChoice() {
		HikariConfig pool = pool("jdbc:mariadb://127.0.0.1:3306/pondok?UseServerPrepStmts=false");

		MariaDbStatements.prepareOnServer(pool);

		assertThat(pool.getDataSourceProperties()).doesNotContainKey(MariaDbStatements.OPTION);
	}

	@Test
	void otherDatabasesAreLeftAsTheyAre() {
		for (String url : new String[] { "jdbc:h2:mem:pondok", "jdbc:postgresql://127.0.0.1:5432/pondok" }) {
			HikariConfig pool = pool(url);

			MariaDbStatements.prepareOnServer(pool);

			assertThat(pool.getDataSourceProperties()).isEmpty();
		}
	}

	private static HikariConfig pool(String url) {
		HikariConfig pool = new HikariConfig();
		pool.setJdbcUrl(url);
		return pool;
	}

}
