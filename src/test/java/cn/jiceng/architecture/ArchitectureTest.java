package cn.jiceng.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The layering rules of docs/architecture.md, kept true by the build. */
@AnalyzeClasses(packages = "cn.jiceng", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Views talk to services; only services and process code use the Camunda engine API. */
    @ArchTest
    static final ArchRule uiNeverTouchesTheEngine = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine..")
            .because("views call services; services own the engine API");

    @ArchTest
    static final ArchRule uiNeverTouchesRepositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("views go through services, which apply region scoping");

    @ArchTest
    static final ArchRule domainDependsOnNoOuterLayer = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..", "..process..", "com.vaadin..",
                    "org.camunda.bpm.engine..");

    @ArchTest
    static final ArchRule servicesDoNotDependOnViews = noClasses().that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule everyRouteDeclaresWhoMayOpenIt = classes().that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(AnonymousAllowed.class);

    @ArchTest
    static final ArchRule viewsLiveInUiPackages = classes().that().areAnnotatedWith(Route.class)
            .should().resideInAPackage("..ui..");

    /**
     * Feature packages (organization, security, review, …) do not form cycles, views included: the
     * workbench (review) knows no feature; features plug their steps into it (ReviewStep, StepView).
     * The shell, which puts every feature's views into its menu, stands above them all.
     */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("cn.jiceng.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theWorkbenchKnowsNoFeature = noClasses().that().resideInAPackage("cn.jiceng.review..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jiceng.recruitment..", "cn.jiceng.publicity..",
                    "cn.jiceng.demonstration..", "cn.jiceng.dashboard..", "cn.jiceng.demo..")
            .because("features plug their steps into the workbench, not the other way round");

    @ArchTest
    static final ArchRule noScheduledMethods = noClasses().should()
            .dependOnClassesThat().haveFullyQualifiedName("org.springframework.scheduling.annotation.Scheduled")
            .because("background work runs as Camunda jobs so that it works on several nodes");
}
