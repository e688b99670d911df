package dev.termin.booking.adapter.mail;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The adapter talks to the application only through the ports, and its API shows no mail or calendar library. */
@AnalyzeClasses(packages = "dev.termin.booking", importOptions = ImportOption.DoNotIncludeTests.class)
class MailArchitectureTest {

    private static final List<Class<?>> PUBLIC_TYPES = List.of(SmtpNotifier.class, SmtpSettings.class,
            SmtpSettings.Security.class, SenderSettings.class, SenderDirectory.class, MailDeliveryException.class,
            RecipientRejectedException.class);

    @ArchTest
    static final ArchRule theAdapterUsesOnlyPortsDomainAndItsLibraries = classes().that()
            .resideInAPackage("dev.termin.booking.adapter.mail..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta..", "org.eclipse.angus..",
                    "net.fortuna.ical4j..", "org.slf4j..", "dev.termin.booking.domain..",
                    "dev.termin.booking.application.port..", "dev.termin.booking.adapter.mail..");

    @ArchTest
    static final ArchRule noOtherCodeUsesTheInternals = noClasses().that()
            .resideOutsideOfPackage("dev.termin.booking.adapter.mail..")
            .should().dependOnClassesThat().resideInAPackage("dev.termin.booking.adapter.mail.internal..");

    @Test
    void publicSignatures_showNoLibraryOrInternalType() {
        List<String> offending = new ArrayList<>();
        for (Class<?> type : PUBLIC_TYPES) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    Stream.concat(Stream.of(m.getGenericReturnType()), Stream.of(m.getGenericParameterTypes()))
                            .map(Type::getTypeName).filter(MailArchitectureTest::forbidden)
                            .forEach(t -> offending.add(type.getSimpleName() + "." + m.getName() + ": " + t));
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers())) {
                    Stream.of(c.getGenericParameterTypes()).map(Type::getTypeName)
                            .filter(MailArchitectureTest::forbidden)
                            .forEach(t -> offending.add(type.getSimpleName() + ".<init>: " + t));
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    private static boolean forbidden(String typeName) {
        return typeName.contains("jakarta.") || typeName.contains("org.eclipse.angus.")
                || typeName.contains("net.fortuna.") || typeName.contains(".mail.internal.");
    }
}
