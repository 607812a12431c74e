package org.pondok.booking;

import javax.sql.DataSource;

import org.pondok.system.DatabaseKind;

import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.MariaDBSequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * The one number source of booking references: a database sequence, which hands out each
 * number once across threads, instances and restarts (a rolled-back booking leaves a gap;
 * a number is never reused).
 */
@Component
class BookingReferences {

	private static final String SEQUENCE = "booking_reference_seq";

	private final DataFieldMaxValueIncrementer sequence;

	BookingReferences(DataSource dataSource) {
		this.sequence = switch (DatabaseKind.of(dataSource)) {
			case H2 -> new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
			case MARIADB -> new MariaDBSequenceMaxValueIncrementer(dataSource, SEQUENCE);
			case POSTGRESQL -> new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE);
		};
	}

	BookingReference next() {
		return BookingReference.of(this.sequence.nextLongValue());
	}

}
