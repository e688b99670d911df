package dev.termin.booking.domain.metrics;

import static dev.termin.booking.domain.metrics.HoldFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.hold.Hold;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class ReservationMetricsPropertyTest {

    @Property
    void ratesStayBetweenZeroAndOneAndTheFatesAddUpToCreated(
            @ForAll("holds") @Size(max = 50) List<Hold> holds, @ForAll @LongRange(max = 1000) long errors) {
        ReservationMetrics m = ReservationMetrics.compute(holds, errors, NOW);

        assertThat(m.converted() + m.expired() + m.cancelled() + m.active()).isEqualTo(m.created());
        assertThat(m.created()).isEqualTo(holds.size());
        assertThat(List.of(m.conversionRate(), m.completionRate(), m.activeRate()))
                .allSatisfy(r -> assertThat(r).isBetween(0.0, 1.0));
        assertThat(m.createdCompound()).isLessThanOrEqualTo(m.created());
        assertThat(m.convertedCompound()).isLessThanOrEqualTo(m.converted());
        assertThat(m.timeToConversion().count()).isEqualTo((int) m.converted());
        assertThat(m.lifetime().count()).isEqualTo((int) m.closed());
    }

    @Property
    void statsAreOrderedForAnySample(@ForAll @Size(max = 200) List<@LongRange(max = 86_400_000L) Long> millis) {
        DurationStats s = DurationStats.of(millis.stream().map(Duration::ofMillis).toList());

        assertThat(s.count()).isEqualTo(millis.size());
        if (!millis.isEmpty()) {
            assertThat(s.min()).isLessThanOrEqualTo(s.p50());
            assertThat(s.p50()).isLessThanOrEqualTo(s.p90());
            assertThat(s.p90()).isLessThanOrEqualTo(s.p99());
            assertThat(s.p99()).isLessThanOrEqualTo(s.max());
            assertThat(s.mean()).isBetween(s.min(), s.max());
            assertThat(millis).contains(s.p50().toMillis(), s.p90().toMillis(), s.p99().toMillis());
        }
    }

    @Provide
    Arbitrary<List<Hold>> holds() {
        Arbitrary<Integer> fate = Arbitraries.integers().between(0, 3);
        Arbitrary<Boolean> composite = Arbitraries.of(true, false);
        Arbitrary<Long> createdSecondsAgo = Arbitraries.longs().between(0, 3600);
        Arbitrary<Long> closedAfterSeconds = Arbitraries.longs().between(0, 299);
        return Combinators.combine(fate, composite, createdSecondsAgo, closedAfterSeconds).as((f, c, ago, after) -> {
            Hold h = c ? HoldFixtures.compositePlaced(NOW.minusSeconds(ago))
                    : HoldFixtures.placed(NOW.minusSeconds(ago));
            return switch (f) {
                case 0 -> HoldFixtures.converted(h, Duration.ofSeconds(after));
                case 1 -> HoldFixtures.cancelled(h, Duration.ofSeconds(after));
                case 2 -> h.expire();
                default -> h; // active, or past its expiry and not swept yet
            };
        }).list();
    }
}
