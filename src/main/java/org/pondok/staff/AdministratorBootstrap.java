package org.pondok.staff;

import org.pondok.system.PondokProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the System Administrator on an empty database, with {@code PONDOK_ADMIN_EMAIL}
 * and {@code PONDOK_ADMIN_PASSWORD}; without a password one is generated and printed once
 * to standard output (never to the log).
 */
@Component
@Order(10)
class AdministratorBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	private final StaffManagement staff;

	private final Passwords passwords;

	private final PondokProperties properties;

	AdministratorBootstrap(StaffManagement staff, Passwords passwords, PondokProperties properties) {
		this.staff = staff;
		this.passwords = passwords;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.staff.hasMembers()) {
			return;
		}
		boolean generated = !StringUtils.hasText(this.properties.adminPassword());
		String password = generated ? this.passwords.generate() : this.properties.adminPassword();
		try {
			this.staff.createMember(new NewStaffMember(this.properties.adminEmail(), "System Administrator",
					"System Administrator", Role.ADMIN, password));
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Another instance created the System Administrator first");
			return;
		}
		log.info("Created the System Administrator {}", this.properties.adminEmail());
		if (generated) {
			Console.print("System Administrator", this.properties.adminEmail(), password);
		}
	}

}
