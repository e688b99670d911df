package dev.termin.booking.domain.sync;

import static dev.termin.booking.domain.sync.SyncFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.SyncStatus;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SyncHealthPropertyTest {

    @Property
    void anyReportHasARateBetweenZeroAndOneAndConsistentCounts(
            @ForAll("appointments") @Size(max = 40) List<Appointment> appointments,
            @ForAll CircuitState circuit) {
        SyncHealthReport r = SyncHealth.evaluate(dedupe(appointments), circuit, NOW);

        assertThat(r.successRate()).isBetween(0.0, 1.0);
        assertThat(r.counts().stalePending()).isLessThanOrEqualTo(r.counts().pending());
        assertThat(r.counts().ancientFailed()).isLessThanOrEqualTo(r.counts().failed());
        assertThat(r.alerts()).allSatisfy(a -> assertThat(a.appointmentIds()).hasSizeLessThanOrEqualTo(50));
    }

    @Property
    void anAncientFailureIsAlwaysCriticalAndNoProblemIsHealthy(
            @ForAll("appointments") @Size(max = 40) List<Appointment> appointments, @ForAll CircuitState circuit) {
        List<Appointment> list = dedupe(appointments);
        SyncHealthReport r = SyncHealth.evaluate(list, circuit, NOW);

        if (r.counts().ancientFailed() > 0) {
            assertThat(r.status()).isEqualTo(HealthStatus.CRITICAL);
        }
        boolean anyFailedOrFlagged = list.stream()
                .anyMatch(a -> a.sync().status() == SyncStatus.FAILED || a.sync().manualReview());
        if (!anyFailedOrFlagged && r.counts().stalePending() == 0 && circuit != CircuitState.OPEN) {
            assertThat(r.status()).isEqualTo(HealthStatus.HEALTHY);
        }
    }

    @Property
    void theBackoffNeverShrinksAndNeverExceedsTheCap(@ForAll @IntRange(min = 0, max = 200) int attempts) {
        SyncRetryPolicy p = new SyncRetryPolicy(1000, Duration.ofSeconds(30), Duration.ofMinutes(30));

        assertThat(p.backoff(attempts + 1)).isGreaterThanOrEqualTo(p.backoff(attempts))
                .isLessThanOrEqualTo(Duration.ofMinutes(30));
    }

    @Provide
    Arbitrary<List<Appointment>> appointments() {
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 4);
        Arbitrary<Long> createdMinutesAgo = Arbitraries.longs().between(0, 60 * 72);
        Arbitrary<Long> failedMinutesAfter = Arbitraries.longs().between(0, 60 * 48);
        Arbitrary<Integer> id = Arbitraries.integers().between(0, 10_000);
        return Combinators.combine(kind, createdMinutesAgo, failedMinutesAfter, id).as((k, ago, after, n) -> {
            var created = NOW.minus(Duration.ofMinutes(ago));
            String name = "a" + n;
            return switch (k) {
                case 0 -> SyncFixtures.pending(name, created);
                case 1 -> SyncFixtures.synced(name, created);
                case 2 -> SyncFixtures.failed(name, created,
                        created.plus(Duration.ofMinutes(Math.min(after, ago))));
                case 3 -> SyncFixtures.notRequired(name, created);
                default -> SyncFixtures.failed(name, created).cancel("", created.plusSeconds(60));
            };
        }).list();
    }

    private static List<Appointment> dedupe(List<Appointment> list) {
        return list.stream().collect(java.util.stream.Collectors.toMap(Appointment::id, a -> a, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream().toList();
    }
}
