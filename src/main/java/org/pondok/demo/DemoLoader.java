package org.pondok.demo;

import javax.sql.DataSource;

import org.pondok.catalog.Catalog;
import org.pondok.system.DatabaseKind;
import org.pondok.system.PondokProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo villa into an empty database when {@code PONDOK_DEMO} is on (by default
 * on the embedded database only), all of it or nothing. A database that already has a
 * property is never touched.
 */
@Component
@Order(100)
class DemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	private final PondokProperties properties;

	private final DataSource dataSource;

	private final Catalog catalog;

	private final TransactionTemplate transaction;

	private final DemoStaff staff;

	private final DemoCatalog catalogContent;

	private final DemoBookings bookings;

	private final DemoChannels channels;

	DemoLoader(PondokProperties properties, DataSource dataSource, Catalog catalog,
			PlatformTransactionManager transactions, DemoStaff staff, DemoCatalog catalogContent, DemoBookings bookings,
			DemoChannels channels) {
		this.properties = properties;
		this.dataSource = dataSource;
		this.catalog = catalog;
		this.transaction = new TransactionTemplate(transactions);
		this.staff = staff;
		this.catalogContent = catalogContent;
		this.bookings = bookings;
		this.channels = channels;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled() || this.catalog.hasVilla() || !this.catalog.rooms().isEmpty()) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			this.staff.load();
			this.catalogContent.load();
			this.bookings.load();
			this.channels.load();
		});
		log.info("Loaded the demo villa: 5 rooms, 3 packages, 5 staff, 30 bookings, 12 integrations");
	}

	boolean enabled() {
		Boolean demo = this.properties.demo();
		return (demo != null) ? demo : DatabaseKind.of(this.dataSource) == DatabaseKind.H2;
	}

}
