package org.pondok.system;

import java.util.Locale;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On MariaDB, statements are prepared on the server ({@code useServerPrepStmts}): the
 * driver's default sends every statement as text for the server to parse again, and the
 * availability search, one statement run thousands of times a second, was the server's
 * largest cost. A connection keeps its prepared statements, so each is parsed once. An
 * address that names the option itself keeps its own choice.
 */
@Component
class MariaDbStatements implements BeanPostProcessor {

	static final String OPTION = "useServerPrepStmts";

	private static final String MARIADB_URL = "jdbc:mariadb:";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			prepareOnServer(pool);
		}
		return bean;
	}

	static void prepareOnServer(HikariConfig pool) {
		String url = pool.getJdbcUrl();
		if (url == null || !url.regionMatches(true, 0, MARIADB_URL, 0, MARIADB_URL.length())
				|| url.toLowerCase(Locale.ROOT).contains(OPTION.toLowerCase(Locale.ROOT))
				|| pool.getDataSourceProperties().containsKey(OPTION)) {
			return;
		}
		pool.addDataSourceProperty(OPTION, "true");
	}

}
