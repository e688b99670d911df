package dev.termin.booking.application;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.termin.booking", importOptions = ImportOption.DoNotIncludeTests.class)
class ApplicationArchitectureTest {

    @ArchTest
    static final ArchRule portsSpeakOnlyJavaAndTheDomain = classes().that()
            .resideInAPackage("dev.termin.booking.application.port..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.termin.booking.domain..",
                    "dev.termin.booking.application.port..");

    @ArchTest
    static final ArchRule servicesNeverUseAdapters = noClasses().that()
            .resideInAPackage("dev.termin.booking.application.service..")
            .should().dependOnClassesThat().resideInAPackage("dev.termin.booking.adapter..");

    @ArchTest
    static final ArchRule servicesUseOnlyTheDomainThePortsAndSlf4j = classes().that()
            .resideInAPackage("dev.termin.booking.application.service..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.slf4j..",
                    "dev.termin.booking.domain..", "dev.termin.booking.application..");

    /** The engine's package wires the services; the reverse would make the two packages a cycle. */
    @ArchTest
    static final ArchRule servicesDoNotDependOnTheEnginesPackage = noClasses().that()
            .resideInAPackage("dev.termin.booking.application.service..")
            .should().dependOnClassesThat().resideInAPackage("dev.termin.booking.application");

    @ArchTest
    static final ArchRule adaptersDoNotReachIntoServices = noClasses().that()
            .resideInAPackage("dev.termin.booking.adapter..")
            .should().dependOnClassesThat().resideInAPackage("dev.termin.booking.application.service..");

    @ArchTest
    static final ArchRule theDomainDependsOnNothingButTheJdk = classes().that()
            .resideInAPackage("dev.termin.booking.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.termin.booking.domain..");
}
