package org.pondok;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

/**
 * Habits the compiler does not check: time comes from the injected
 * {@link java.time.Clock}, there are no dumping-ground packages, and dependencies come
 * through constructors.
 */
class ArchitectureTests {

	private static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.pondok");

	@Test
	void readsTheTimeOnlyFromTheInjectedClock() {
		ArchRule rule = noClasses().should()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(LocalTime.class, "now")
			.orShould()
			.callMethod(ZonedDateTime.class, "now")
			.orShould()
			.callMethod(OffsetDateTime.class, "now")
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.because("time comes from the injected Clock, so tests control it");
		rule.check(PRODUCTION);
	}

	@Test
	void hasNoUtilHelperOrCommonPackages() {
		ArchRule rule = noClasses().should()
			.resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..common..")
			.because("code lives with the capability it serves");
		rule.check(PRODUCTION);
	}

	@Test
	void injectsNoFields() {
		NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(PRODUCTION);
	}

}
