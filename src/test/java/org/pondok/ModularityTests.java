package org.pondok;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to their declared dependencies, with no cycles, and their
 * documentation (C4 and module canvases under target/spring-modulith-docs) is written
 * from the code.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PondokApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
