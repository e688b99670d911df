package dev.termin.booking.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The domain depends on the JDK only and never reads the clock; callers pass the current instant in. */
class DomainArchitectureTest {

    private static JavaClasses domain;

    @BeforeAll
    static void importDomain() {
        domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.termin.booking.domain");
    }

    private static final ArchRule ONLY_JDK_AND_DOMAIN = classes().that().resideInAPackage("dev.termin.booking.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.termin.booking.domain..")
            .because("booking-domain has no dependencies at all");

    @Test
    void theDomainDependsOnlyOnTheJdkAndItself() {
        // given / when / then
        ONLY_JDK_AND_DOMAIN.check(domain);
    }

    @Test
    void theDependencyRuleRejectsALibraryType() {
        // given: this test class itself uses JUnit and ArchUnit
        JavaClasses test = new ClassFileImporter().importClasses(DomainArchitectureTest.class);

        // when / then
        assertThat(ONLY_JDK_AND_DOMAIN.evaluate(test).hasViolation()).isTrue();
    }

    /**
     * A call that reads the system clock: {@code now()} or {@code now(ZoneId)} of any java.time type (but not
     * {@code now(Clock)} with a clock passed in), {@code Clock.system*()}, {@code System.currentTimeMillis()} and
     * {@code System.nanoTime()}.
     */
    private static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_CLOCK = DescribedPredicate.describe(
            "reads the system clock", call -> {
                MethodCallTarget target = call.getTarget();
                String owner = target.getOwner().getName();
                String name = target.getName();
                boolean timeNow = owner.startsWith("java.time.") && name.equals("now")
                        && target.getRawParameterTypes().stream().noneMatch(p -> p.isEquivalentTo(Clock.class));
                boolean systemClock = owner.equals(Clock.class.getName()) && name.startsWith("system");
                boolean systemTime = owner.equals(System.class.getName())
                        && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
                return timeNow || systemClock || systemTime;
            });

    @Test
    void theDomainNeverReadsTheSystemClock() {
        // given
        ArchRule rule = noClasses().that().resideInAPackage("dev.termin.booking.domain..")
                .should().callMethodWhere(READS_THE_SYSTEM_CLOCK)
                .because("callers pass the current instant in, so that results are reproducible");

        // when / then
        rule.check(domain);
    }

    @Test
    void theClockRuleRecognisesEveryWayOfReadingTheClock() {
        // given
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsTheClock.class);
        ArchRule rule = noClasses().should().callMethodWhere(READS_THE_SYSTEM_CLOCK);

        // when
        var result = rule.evaluate(offender);

        // then
        assertThat(result.getFailureReport().getDetails()).hasSize(9);
    }

    /** Reads the clock in every forbidden way (and once in an allowed one); only imported, never run. */
    @SuppressWarnings("unused")
    private static final class ReadsTheClock {
        void readAll(Clock given) {
            Instant.now();
            LocalDate.now();
            LocalDateTime.now(ZoneId.of("Europe/Berlin"));
            ZonedDateTime.now();
            Clock.systemUTC();
            Clock.systemDefaultZone();
            Clock.system(ZoneId.of("UTC"));
            System.currentTimeMillis();
            System.nanoTime();
            Instant.now(given);
        }
    }

    @Test
    void theRulesSeeTheWholeDomain() {
        // given / when / then: guards against an empty import passing every rule
        assertThat(domain.contain("dev.termin.booking.domain.slot.SlotSearch")).isTrue();
        assertThat(domain.size()).isGreaterThan(50);
    }
}
