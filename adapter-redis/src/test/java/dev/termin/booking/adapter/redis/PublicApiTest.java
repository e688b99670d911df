package dev.termin.booking.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No Jedis, Failsafe or commons-pool type appears in a public signature of the adapter's API. */
class PublicApiTest {

    private static final List<Class<?>> API = List.of(RedisConfig.class, RedisConnections.class,
            RedisSlotLocks.class, RedisIdempotencyStore.class, RedisRateLimiter.class,
            RedisUnavailableException.class);

    private static final List<String> FORBIDDEN = List.of("redis.clients.", "dev.failsafe.",
            "org.apache.commons.pool2.");

    @Test
    void publicSignatures_mentionNoClientLibraryType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : API) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                    check(type, m.getName(), m.getGenericReturnType(), leaks);
                    for (Type p : m.getGenericParameterTypes()) {
                        check(type, m.getName(), p, leaks);
                    }
                    for (Type e : m.getGenericExceptionTypes()) {
                        check(type, m.getName(), e, leaks);
                    }
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers())) {
                    for (Type p : c.getGenericParameterTypes()) {
                        check(type, "<init>", p, leaks);
                    }
                }
            }
            check(type, "extends", type.getGenericSuperclass(), leaks);
            for (Type i : type.getGenericInterfaces()) {
                check(type, "implements", i, leaks);
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void adapters_cannotBeConstructedOutsideThePackage() {
        for (Class<?> type : List.of(RedisConnections.class, RedisSlotLocks.class, RedisIdempotencyStore.class,
                RedisRateLimiter.class)) {
            assertThat(type.getConstructors()).as(type.getSimpleName()).isEmpty();
            assertThat(Modifier.isFinal(type.getModifiers())).as(type.getSimpleName()).isTrue();
        }
    }

    private static void check(Class<?> owner, String member, Type type, List<String> leaks) {
        if (type == null) {
            return;
        }
        String name = type.getTypeName();
        for (String forbidden : FORBIDDEN) {
            if (name.contains(forbidden)) {
                leaks.add(owner.getSimpleName() + "." + member + ": " + name);
            }
        }
    }
}
