package dev.termin.booking.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.termin.booking.adapter.fixture.AdapterReachingIntoAService;
import dev.termin.booking.adapter.fixture.AdapterUsingAnotherAdapter;
import dev.termin.booking.adapter.fixture2.internal.OtherAdaptersInternal;
import dev.termin.booking.application.service.FixtureService;
import dev.termin.booking.fixture.cycle.a.A;
import dev.termin.booking.fixture.cycle.b.B;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ArchitectureRules} catches a deliberate violation (fixtures in this module's tests). */
class ArchitectureRulesTest {

    @Test
    void anAdapterImportingAServiceClass_isAViolation() {
        // given
        JavaClasses classes = new ClassFileImporter().importClasses(AdapterReachingIntoAService.class,
                FixtureService.class);

        // when / then
        assertThat(ArchitectureRules.ADAPTERS_NEVER_REACH_INTO_SERVICES.evaluate(classes).hasViolation()).isTrue();
    }

    @Test
    void twoPackagesUsingEachOther_areAPackageCycle() {
        // given
        JavaClasses classes = new ClassFileImporter().importClasses(A.class, B.class);

        // when / then
        assertThat(ArchitectureRules.NO_PACKAGE_CYCLES.evaluate(classes).hasViolation()).isTrue();
    }

    @Test
    void anAdapterUsingAnotherAdaptersInternals_breaksTwoRules() {
        // given
        JavaClasses classes = new ClassFileImporter().importClasses(AdapterUsingAnotherAdapter.class,
                OtherAdaptersInternal.class);

        // when / then
        assertThat(ArchitectureRules.INTERNALS_STAY_INSIDE.evaluate(classes).hasViolation()).isTrue();
        assertThat(ArchitectureRules.ONLY_THE_SERVER_COMPOSES_ADAPTERS.evaluate(classes).hasViolation()).isTrue();
    }

    @Test
    void classesOfOneModuleOnly_areNotEnoughToPass() {
        // given: the fixtures alone, without the real modules
        JavaClasses classes = new ClassFileImporter().importClasses(A.class, B.class);

        // when / then
        assertThat(ArchitectureRules.EVERY_MODULE_IS_PRESENT.evaluate(classes).hasViolation()).isTrue();
    }

    @Test
    void theAdapterOfAPackage_isItsFirstNameBelowAdapter() {
        assertThat(ArchitectureRules.adapterOf("dev.termin.booking.adapter.jdbc.internal")).isEqualTo("jdbc");
        assertThat(ArchitectureRules.adapterOf("dev.termin.booking.adapter.http")).isEqualTo("http");
        assertThat(ArchitectureRules.adapterOf("dev.termin.booking.domain.slot")).isNull();
    }
}
