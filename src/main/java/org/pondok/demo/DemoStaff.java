package org.pondok.demo;

import java.security.SecureRandom;

import org.pondok.staff.NewStaffMember;
import org.pondok.staff.Role;
import org.pondok.staff.StaffManagement;
import org.pondok.system.PondokProperties;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The demo villa's four staff besides the System Administrator. They share
 * {@code PONDOK_DEMO_STAFF_PASSWORD} when it is set; otherwise each gets a generated
 * password, printed once to standard output.
 */
@Component
class DemoStaff {

	private static final String[][] STAFF = { { "kadek.sari@pondok.local", "Kadek Sari", "Villa Manager", "manager" },
			{ "wayan.bagus@pondok.local", "Wayan Bagus", "Front Desk", "staff" },
			{ "made.dewi@pondok.local", "Made Dewi", "Housekeeping", "staff" },
			{ "nyoman.agus@pondok.local", "Nyoman Agus", "Finance", "manager" } };

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final StaffManagement staff;

	private final PondokProperties properties;

	private final SecureRandom random = new SecureRandom();

	DemoStaff(StaffManagement staff, PondokProperties properties) {
		this.staff = staff;
		this.properties = properties;
	}

	void load() {
		boolean shared = StringUtils.hasText(this.properties.demoStaffPassword());
		StringBuilder printed = new StringBuilder();
		for (String[] member : STAFF) {
			String password = shared ? this.properties.demoStaffPassword() : generate();
			this.staff
				.createMember(new NewStaffMember(member[0], member[1], member[2], Role.ofCode(member[3]), password));
			if (!shared) {
				printed.append(String.format("  %-28s %-14s %s%n", member[0], member[2], password));
			}
		}
		if (!shared) {
			String line = "=".repeat(72);
			System.out.println();
			System.out.println(line);
			System.out.println("  Pondok demo staff (generated passwords, shown only this once):");
			System.out.print(printed);
			System.out.println("  Log in at " + this.properties.baseUrl() + "/staff");
			System.out.println(line);
			System.out.println();
		}
	}

	private String generate() {
		StringBuilder password = new StringBuilder(16);
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
