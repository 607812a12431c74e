package org.pondok.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The three databases Pondok runs on, told apart by what the JDBC driver says of itself.
 */
public enum DatabaseKind {

	H2, MARIADB, POSTGRESQL;

	public static DatabaseKind of(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return of(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the database", ex);
		}
	}

	static DatabaseKind of(String productName) {
		String name = productName.toLowerCase(Locale.ROOT);
		if (name.contains("h2")) {
			return H2;
		}
		if (name.contains("mariadb") || name.contains("mysql")) {
			return MARIADB;
		}
		if (name.contains("postgres")) {
			return POSTGRESQL;
		}
		throw new IllegalStateException("Pondok runs on H2, MariaDB or PostgreSQL, not on " + productName);
	}

}
