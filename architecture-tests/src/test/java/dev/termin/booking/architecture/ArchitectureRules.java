package dev.termin.booking.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules, in one place so that {@link HexagonArchitectureTest} checks them on the real classes and
 * {@link ArchitectureRulesTest} proves each one catches a violation.
 */
final class ArchitectureRules {

    static final String ROOT = "dev.termin.booking";
    private static final String DOMAIN = ROOT + ".domain..";
    private static final String PORTS = ROOT + ".application.port..";
    private static final String SERVICES = ROOT + ".application.service..";
    private static final String ADAPTERS = ROOT + ".adapter..";

    private ArchitectureRules() {
    }

    /** Guards the other rules against passing vacuously because a module's classes were not on the class path. */
    static final ArchRule EVERY_MODULE_IS_PRESENT = classes().should(new ArchCondition<>("include every module") {
        private final Set<String> seen = new HashSet<>();

        @Override
        public void init(Collection<JavaClass> allObjectsToTest) {
            seen.clear();
        }

        @Override
        public void check(JavaClass item, ConditionEvents events) {
            seen.add(item.getPackageName());
        }

        @Override
        public void finish(ConditionEvents events) {
            for (String expected : List.of(ROOT + ".domain.slot", ROOT + ".application.service",
                    ROOT + ".adapter.inmemory", ROOT + ".adapter.jdbc", ROOT + ".adapter.redis",
                    ROOT + ".adapter.calcom", ROOT + ".adapter.mail", ROOT + ".adapter.http", ROOT + ".benchmarks")) {
                if (!seen.contains(expected)) {
                    events.add(SimpleConditionEvent.violated(expected, "no classes of package " + expected));
                }
            }
        }
    });

    static final ArchRule DOMAIN_DEPENDS_ON_JDK_ONLY = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .because("booking-domain has no dependencies at all");

    static final ArchRule PORTS_SPEAK_JAVA_AND_DOMAIN = classes().that().resideInAPackage(PORTS)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, PORTS)
            .because("no adapter library type crosses a port");

    static final ArchRule SERVICES_USE_ONLY_DOMAIN_PORTS_AND_SLF4J = classes().that().resideInAPackage(SERVICES)
            // javax.crypto: the JDK's HMAC, which signs webhook payloads
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "org.slf4j..", DOMAIN,
                    ROOT + ".application..");

    /** The engine's package wires the services; the reverse would make the two packages a cycle. */
    static final ArchRule SERVICES_NEVER_DEPEND_ON_THE_ENGINE = noClasses().that().resideInAPackage(SERVICES)
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".application");

    static final ArchRule SERVICES_NEVER_USE_ADAPTERS = noClasses().that().resideInAPackage(SERVICES)
            .should().dependOnClassesThat().resideInAPackage(ADAPTERS);

    static final ArchRule ADAPTERS_NEVER_REACH_INTO_SERVICES = noClasses().that().resideInAPackage(ADAPTERS)
            .or().resideInAPackage(ROOT + ".benchmarks..")
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .because("adapters talk to the application through its inbound ports and BookingEngine only");

    /**
     * Adapters are independent of each other; the server ({@code adapter.http}) is the composition root that
     * builds the others from its settings, and every adapter may use the in-memory defaults.
     */
    static final ArchRule ONLY_THE_SERVER_COMPOSES_ADAPTERS = classes().that().resideInAPackage(ADAPTERS)
            .and().resideOutsideOfPackage(ROOT + ".adapter.http..")
            .should(notDependOnAnotherAdapter())
            .because("adapters are independent of each other; only the server wires them together");

    static final ArchRule INTERNALS_STAY_INSIDE = classes().should(notUseAnotherComponentsInternals())
            .because("an internal package is not API");

    /**
     * Each package is a slice and none may reach itself through others, with one documented exception: an
     * adapter's {@code internal} package implements its public package, so it may use that package's value
     * types (records, enums, exceptions) and the interfaces it implements - the two count as one slice here, and
     * {@link #INTERNALS_USE_ONLY_THE_PUBLIC_VALUE_TYPES} keeps what internal code takes from its public package
     * that narrow.
     */
    static final ArchRule NO_PACKAGE_CYCLES = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String p = javaClass.getPackageName();
            if (!p.startsWith(ROOT + ".")) {
                return SliceIdentifier.ignore();
            }
            int internal = p.indexOf(".internal");
            return SliceIdentifier.of(internal > 0 && adapterOf(p) != null ? p.substring(0, internal) : p);
        }

        @Override
        public String getDescription() {
            return "packages below " + ROOT + " (an adapter's internal package with its public one)";
        }
    }).should().beFreeOfCycles();

    /** What an adapter's internal code may take from its own public package: value types and interfaces. */
    static final ArchRule INTERNALS_USE_ONLY_THE_PUBLIC_VALUE_TYPES = classes()
            .should(new ArchCondition<>("use only records, enums, exceptions and interfaces of their adapter's public"
                    + " package") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    String p = item.getPackageName();
                    int internal = p.indexOf(".internal");
                    if (internal < 0 || adapterOf(p) == null) {
                        return;
                    }
                    String publicPackage = p.substring(0, internal);
                    item.getDirectDependenciesFromSelf().forEach(d -> {
                        JavaClass target = d.getTargetClass();
                        if (!target.getPackageName().equals(publicPackage)) {
                            return;
                        }
                        boolean valueType = target.isRecord() || target.isEnum()
                                || target.isAssignableTo(Throwable.class)
                                || target.isInterface();
                        if (!valueType && !target.getEnclosingClass().map(JavaClass::isRecord).orElse(false)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    });
                }
            });

    private static ArchCondition<JavaClass> notDependOnAnotherAdapter() {
        return new ArchCondition<>("not depend on another adapter") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = adapterOf(item.getPackageName());
                item.getDirectDependenciesFromSelf().forEach(d -> {
                    String target = adapterOf(d.getTargetClass().getPackageName());
                    if (target != null && !target.equals(own) && !target.equals("inmemory")) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    private static ArchCondition<JavaClass> notUseAnotherComponentsInternals() {
        return new ArchCondition<>("not use the internal package of another component") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getDirectDependenciesFromSelf().forEach(d -> {
                    String target = d.getTargetClass().getPackageName();
                    int at = target.indexOf(".internal");
                    if (target.startsWith(ROOT) && at > 0
                            && !item.getPackageName().startsWith(target.substring(0, at))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    /** {@code jdbc} for {@code dev.termin.booking.adapter.jdbc.internal}, null outside the adapters. */
    static String adapterOf(String packageName) {
        String prefix = ROOT + ".adapter.";
        if (!packageName.startsWith(prefix)) {
            return null;
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
