package org.liaison;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The business areas stay apart: no cycles, and each module uses only what others expose.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LiaisonApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
