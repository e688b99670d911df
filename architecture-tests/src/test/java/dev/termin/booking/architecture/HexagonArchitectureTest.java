package dev.termin.booking.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the hexagon, checked over the main classes of every module at once (this module depends
 * on all of them, so a rule about adapters sees the adapters). {@link ArchitectureRulesTest} shows that each rule
 * catches a deliberate violation.
 */
class HexagonArchitectureTest {

    private static JavaClasses all;

    @BeforeAll
    static void importEveryModule() {
        all = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ArchitectureRules.ROOT);   // test-jars published by modules are tests too
    }

    @Test
    void theClassesOfEveryModuleAreChecked() {
        ArchitectureRules.EVERY_MODULE_IS_PRESENT.check(all);
    }

    @Test
    void theDomainDependsOnTheJdkOnly() {
        ArchitectureRules.DOMAIN_DEPENDS_ON_JDK_ONLY.check(all);
    }

    @Test
    void portsSpeakOnlyJavaAndTheDomain() {
        ArchitectureRules.PORTS_SPEAK_JAVA_AND_DOMAIN.check(all);
    }

    @Test
    void servicesUseOnlyTheDomainThePortsAndSlf4j() {
        ArchitectureRules.SERVICES_USE_ONLY_DOMAIN_PORTS_AND_SLF4J.check(all);
    }

    @Test
    void servicesNeverUseAdapters() {
        ArchitectureRules.SERVICES_NEVER_USE_ADAPTERS.check(all);
    }

    @Test
    void adaptersNeverReachIntoServices() {
        ArchitectureRules.ADAPTERS_NEVER_REACH_INTO_SERVICES.check(all);
    }

    @Test
    void onlyTheServerComposesOtherAdapters() {
        ArchitectureRules.ONLY_THE_SERVER_COMPOSES_ADAPTERS.check(all);
    }

    @Test
    void anAdaptersInternalPackageIsUsedByThatAdapterOnly() {
        ArchitectureRules.INTERNALS_STAY_INSIDE.check(all);
    }

    @Test
    void anAdaptersInternalCodeTakesOnlyValueTypesFromItsPublicPackage() {
        ArchitectureRules.INTERNALS_USE_ONLY_THE_PUBLIC_VALUE_TYPES.check(all);
    }

    @Test
    void servicesNeverDependOnTheEngineThatWiresThem() {
        ArchitectureRules.SERVICES_NEVER_DEPEND_ON_THE_ENGINE.check(all);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        ArchitectureRules.NO_PACKAGE_CYCLES.check(all);
    }
}
