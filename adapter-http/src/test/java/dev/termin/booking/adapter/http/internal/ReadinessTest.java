package dev.termin.booking.adapter.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.termin.booking.domain.sync.CircuitState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    private final AtomicLong nanos = new AtomicLong();

    private static Readiness.Check storage(Runnable probe) {
        return new Readiness.Check("storage", () -> {
            probe.run();
            return true;
        }, null, true);
    }

    @Test
    void aHangingDatabase_isReportedNotReadyWithinTheBudget_andItsProbeIsNotStartedAgainWhileItHangs() {
        // given a database that never answers
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        Readiness readiness = new Readiness(List.of(storage(() -> {
            started.incrementAndGet();
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })), nanos::get);

        // when asked twice, the second time after the cache time
        Readiness.Answer first = assertTimeoutPreemptively(Duration.ofSeconds(2), readiness::answer);
        nanos.addAndGet(Readiness.CACHE.toNanos() + 1);
        Readiness.Answer second = assertTimeoutPreemptively(Duration.ofSeconds(2), readiness::answer);

        // then
        assertThat(first).isEqualTo(new Readiness.Answer(false, Map.of("storage", "down")));
        assertThat(second.ready()).isFalse();
        assertThat(started).hasValue(1);
        never.countDown();
    }

    @Test
    void givenRedisDownOnAnIdleInstance_itIsReportedDown_butTheInstanceStaysReady() {
        // given Redis does not answer PING while its circuit, unused, is still closed
        Readiness readiness = new Readiness(List.of(storage(() -> { }),
                new Readiness.Check("redis", () -> false, () -> CircuitState.CLOSED, false),
                new Readiness.Check("calcom", null, () -> CircuitState.OPEN, false)), nanos::get);

        // when
        Readiness.Answer answer = readiness.answer();

        // then
        assertThat(answer).isEqualTo(new Readiness.Answer(true, Map.of("storage", "up", "redis", "down",
                "calcom", "open")));
    }

    @Test
    void anAnswer_isReusedWithinTheCacheTime_andRenewedAfter() {
        AtomicInteger probes = new AtomicInteger();
        Readiness readiness = new Readiness(List.of(storage(probes::incrementAndGet)), nanos::get);

        readiness.answer();
        nanos.addAndGet(Readiness.CACHE.toNanos() - 1);
        readiness.answer();
        assertThat(probes).hasValue(1);

        nanos.addAndGet(2);
        readiness.answer();
        assertThat(probes).hasValue(2);
    }
}
