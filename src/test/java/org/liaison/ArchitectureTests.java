package org.liaison;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Layers inside each module: views go through services, and the domain knows nothing of
 * the UI.
 */
@AnalyzeClasses(packages = "org.liaison", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule viewsNeverTouchRepositories = noClasses().that()
		.resideInAPackage("..ui..")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class)
		.because("views call services, which check roles and run in transactions");

	@ArchTest
	static final ArchRule domainNeverDependsOnUi = noClasses().that()
		.resideInAPackage("..domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..ui..", "com.vaadin..");

	@ArchTest
	static final ArchRule viewsNeverTouchEntities = noClasses().that()
		.resideInAPackage("..ui..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.liaison..domain..")
		.because("views work with the records their services return");

}
