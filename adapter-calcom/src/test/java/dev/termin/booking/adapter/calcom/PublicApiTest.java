package dev.termin.booking.adapter.calcom;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The adapter's public types expose no OkHttp, Failsafe or Jackson type, and no internal one. */
class PublicApiTest {

    private static final List<Class<?>> PUBLIC_TYPES = List.of(CalComCalendar.class, CalComCalendar.Builder.class,
            CalComConfig.class, CalComConfig.Builder.class, CalComAccount.class, AttendeeDefaults.class,
            CalComRetry.class, CalComBreaker.class, CalComCache.class, EventTypeMapping.class, EventTypeMapping.Builder.class,
            SegmentEventTypes.class, SegmentEventType.class, SegmentEventTypeStore.class,
            InMemorySegmentEventTypeStore.class, EnsureReport.class, DriftReport.class, DriftReport.Change.class);

    @Test
    void publicSignatures_useNoLibraryOrInternalTypes() {
        List<String> offending = new ArrayList<>();
        for (Class<?> type : PUBLIC_TYPES) {
            for (Method m : type.getDeclaredMethods()) {
                if (isVisible(m.getModifiers())) {
                    Stream.concat(Stream.of(m.getGenericReturnType()), Stream.of(m.getGenericParameterTypes()))
                            .map(java.lang.reflect.Type::getTypeName).filter(PublicApiTest::forbidden)
                            .forEach(t -> offending.add(type.getSimpleName() + "." + m.getName() + ": " + t));
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (isVisible(c.getModifiers())) {
                    Stream.of(c.getGenericParameterTypes()).map(java.lang.reflect.Type::getTypeName)
                            .filter(PublicApiTest::forbidden)
                            .forEach(t -> offending.add(type.getSimpleName() + ".<init>: " + t));
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (isVisible(f.getModifiers()) && forbidden(f.getGenericType().getTypeName())) {
                    offending.add(type.getSimpleName() + "." + f.getName());
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void everyPublicTypeOfThePackageIsListed() throws Exception {
        Class<?>[] declared = Stream.of(CalComCalendar.class, CalComConfig.class, EventTypeMapping.class,
                DriftReport.class).flatMap(c -> Stream.of(c.getDeclaredClasses())).toArray(Class<?>[]::new);
        for (Class<?> nested : declared) {
            if (Modifier.isPublic(nested.getModifiers())) {
                assertThat(PUBLIC_TYPES).contains(nested);
            }
        }
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static boolean forbidden(String typeName) {
        return typeName.contains("okhttp3.") || typeName.contains("dev.failsafe.")
                || typeName.contains("com.fasterxml.") || typeName.contains(".calcom.internal.");
    }
}
