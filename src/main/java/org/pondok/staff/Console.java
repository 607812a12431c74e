package org.pondok.staff;

/**
 * Shows a generated password once, on standard output, framed so it is seen; passwords
 * never go to the log.
 */
final class Console {

	private Console() {
	}

	static void print(String who, String email, String password) {
		String line = "=".repeat(72);
		System.out.println();
		System.out.println(line);
		System.out.println("  Pondok: " + who + " " + email);
		System.out.println("  generated password: " + password);
		System.out.println("  It is shown only this once. Change it after the first login.");
		System.out.println(line);
		System.out.println();
	}

}
