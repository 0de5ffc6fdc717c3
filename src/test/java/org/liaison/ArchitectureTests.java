package org.liaison;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
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

	@ArchTest
	static final ArchRule everyViewSaysWhoMayOpenIt = classes().that()
		.areAnnotatedWith(Route.class)
		.should()
		.beAnnotatedWith(RolesAllowed.class)
		.orShould()
		.beAnnotatedWith(PermitAll.class)
		.orShould()
		.beAnnotatedWith(AnonymousAllowed.class)
		.because("a view without an access annotation is denied to everyone, which is never what was meant");

	@ArchTest
	static final ArchRule publicServicesCheckRoles = methods().that()
		.arePublic()
		.and()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(Service.class)
		.and()
		.areDeclaredInClassesThat()
		.arePublic()
		.should()
		.beAnnotatedWith(PreAuthorize.class)
		.orShould()
		.beDeclaredInClassesThat()
		.areAnnotatedWith(PreAuthorize.class)
		.because("views are not the only callers of a service: every use case checks the caller's role itself");

}
