package com.mlconnector.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The backend's module edges (STYLE §1): tenancy depends on nothing of ours; the vault and the
 * connectors depend only on tenancy; nothing depends on the sandbox, which must catch client
 * mistakes instead of sharing them.
 */
class ModuleBoundariesTests {

	/** Main code only, whatever the build directory is called (ArchUnit's own option expects target/). */
	static final ImportOption MAIN_CODE_ONLY = (location) -> !location.contains("/test-classes/")
			&& !location.contains("-tests.jar");

	static final JavaClasses BACKEND = new ClassFileImporter().withImportOption(MAIN_CODE_ONLY)
		.importPackages("com.mlconnector");

	@Test
	void tenancyDependsOnNothingOfOurs() {
		noClasses().that()
			.resideInAPackage("com.mlconnector.tenancy..")
			.should()
			.dependOnClassesThat(resideInAPackage("com.mlconnector..").and(not(resideInAPackage("com.mlconnector.tenancy.."))))
			.because("tenancy is the base every module stands on; move the dependency the other way")
			.check(BACKEND);
	}

	@Test
	void vaultDependsOnlyOnTenancy() {
		noClasses().that()
			.resideInAPackage("com.mlconnector.vault..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.mlconnector.connection..", "com.mlconnector.tenant..", "com.mlconnector.user..",
					"com.mlconnector.apitoken..", "com.mlconnector.ping..", "com.mlconnector.connectors..",
					"com.mlconnector.audit..")
			.because("the vault is infrastructure: features call it, it calls no feature")
			.check(BACKEND);
	}

	@Test
	void connectorsDependOnlyOnTenancy() {
		noClasses().that()
			.resideInAPackage("com.mlconnector.connectors..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.mlconnector.connection..", "com.mlconnector.tenant..", "com.mlconnector.user..",
					"com.mlconnector.apitoken..", "com.mlconnector.ping..", "com.mlconnector.vault..",
					"com.mlconnector.audit..")
			.because("connectors take plain connection details from their callers (ping, jobs) and know no feature")
			.allowEmptyShould(true)
			.check(BACKEND);
	}

	@Test
	void nothingDependsOnTheSandbox() {
		noClasses().that()
			.resideOutsideOfPackage("com.mlconnector.sandbox..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.mlconnector.sandbox..")
			.because("the sandboxes implement the wire formats on their own; sharing code would hide client mistakes")
			.check(BACKEND);
	}

}
