package dev.termin.booking.domain.metrics;

import static dev.termin.booking.domain.metrics.HoldFixtures.LIFETIME;
import static dev.termin.booking.domain.metrics.HoldFixtures.NOW;
import static dev.termin.booking.domain.metrics.HoldFixtures.cancelled;
import static dev.termin.booking.domain.metrics.HoldFixtures.compositePlaced;
import static dev.termin.booking.domain.metrics.HoldFixtures.converted;
import static dev.termin.booking.domain.metrics.HoldFixtures.minutesAgo;
import static dev.termin.booking.domain.metrics.HoldFixtures.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservationMetricsTest {

    @Test
    void givenNoHolds_everyCountAndRateIsZeroAndTheStatsAreEmpty() {
        ReservationMetrics m = ReservationMetrics.compute(List.of(), 0, NOW);

        assertThat(m.created()).isZero();
        assertThat(m.closed()).isZero();
        assertThat(m.conversionRate()).isZero();
        assertThat(m.completionRate()).isZero();
        assertThat(m.activeRate()).isZero();
        assertThat(m.timeToConversion()).isEqualTo(DurationStats.EMPTY);
        assertThat(m.lifetime()).isEqualTo(DurationStats.EMPTY);
    }

    @Test
    void givenOneHoldOfEachFate_eachIsCountedOnceAndTheRatesFollow() {
        List<Hold> holds = List.of(
                converted(placed(minutesAgo(30)), Duration.ofSeconds(90)),
                placed(minutesAgo(30)).expire(),
                cancelled(placed(minutesAgo(30)), Duration.ofMinutes(1)),
                placed(minutesAgo(1)));

        ReservationMetrics m = ReservationMetrics.compute(holds, 2, NOW);

        assertThat(m.created()).isEqualTo(4);
        assertThat(m.converted()).isEqualTo(1);
        assertThat(m.expired()).isEqualTo(1);
        assertThat(m.cancelled()).isEqualTo(1);
        assertThat(m.active()).isEqualTo(1);
        assertThat(m.errors()).isEqualTo(2);
        assertThat(m.closed()).isEqualTo(3);
        assertThat(m.conversionRate()).isEqualTo(0.25);
        assertThat(m.completionRate()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.activeRate()).isEqualTo(0.25);
    }

    @Test
    void givenAnActiveHoldPastItsExpiry_itCountsAsExpiredBeforeAnySweep() {
        Hold unswept = placed(minutesAgo(6));

        ReservationMetrics m = ReservationMetrics.compute(List.of(unswept), 0, NOW);

        assertThat(m.expired()).isEqualTo(1);
        assertThat(m.active()).isZero();
        assertThat(m.lifetime().max()).isEqualTo(LIFETIME);
    }

    @Test
    void givenAnActiveHoldExactlyAtItsExpiry_itCountsAsExpired() {
        ReservationMetrics m = ReservationMetrics.compute(List.of(placed(minutesAgo(5))), 0, NOW);

        assertThat(m.expired()).isEqualTo(1);
        assertThat(m.active()).isZero();
    }

    @Test
    void givenAnActiveHoldOneSecondBeforeItsExpiry_itCountsAsActive() {
        Hold h = placed(NOW.minus(LIFETIME).plusSeconds(1));

        ReservationMetrics m = ReservationMetrics.compute(List.of(h), 0, NOW);

        assertThat(m.active()).isEqualTo(1);
        assertThat(m.activeRate()).isEqualTo(1.0);
        assertThat(m.completionRate()).isZero(); // nothing closed yet
        assertThat(m.lifetime().isEmpty()).isTrue();
    }

    @Test
    void givenCompositeHolds_theyAreCountedBothInTotalAndCompound() {
        List<Hold> holds = List.of(
                converted(compositePlaced(minutesAgo(30)), Duration.ofMinutes(2)),
                compositePlaced(minutesAgo(30)).expire(),
                converted(placed(minutesAgo(30)), Duration.ofMinutes(1)),
                placed(minutesAgo(1)));

        ReservationMetrics m = ReservationMetrics.compute(holds, 0, NOW);

        assertThat(m.created()).isEqualTo(4);
        assertThat(m.createdCompound()).isEqualTo(2);
        assertThat(m.converted()).isEqualTo(2);
        assertThat(m.convertedCompound()).isEqualTo(1);
    }

    @Test
    void givenConvertedHolds_timeToConversionIsTheirCloseMinusCreate() {
        List<Hold> holds = List.of(
                converted(placed(minutesAgo(30)), Duration.ofSeconds(30)),
                converted(placed(minutesAgo(30)), Duration.ofSeconds(60)),
                converted(placed(minutesAgo(30)), Duration.ofSeconds(240)),
                cancelled(placed(minutesAgo(30)), Duration.ofSeconds(10)));

        ReservationMetrics m = ReservationMetrics.compute(holds, 0, NOW);

        DurationStats t = m.timeToConversion();
        assertThat(t.count()).isEqualTo(3);
        assertThat(t.min()).isEqualTo(Duration.ofSeconds(30));
        assertThat(t.mean()).isEqualTo(Duration.ofSeconds(110));
        assertThat(t.p50()).isEqualTo(Duration.ofSeconds(60));
        assertThat(t.max()).isEqualTo(Duration.ofSeconds(240));
    }

    @Test
    void givenClosedHoldsOfEveryKind_lifetimeCoversAllOfThem() {
        List<Hold> holds = List.of(
                converted(placed(minutesAgo(30)), Duration.ofSeconds(30)),
                cancelled(placed(minutesAgo(30)), Duration.ofSeconds(10)),
                placed(minutesAgo(30)).expire(),
                placed(minutesAgo(20)),
                placed(minutesAgo(1)));

        ReservationMetrics m = ReservationMetrics.compute(holds, 0, NOW);

        DurationStats l = m.lifetime();
        assertThat(l.count()).isEqualTo(4); // the active one has no lifetime yet
        assertThat(l.min()).isEqualTo(Duration.ofSeconds(10));
        assertThat(l.max()).isEqualTo(LIFETIME);
        // sorted 10 s, 30 s, 5 min (swept), 5 min (unswept): p50 is rank ⌈0.5 × 4⌉ = 2
        assertThat(l.p50()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void givenConversionsOnly_completionAndConversionRatesAreOne() {
        List<Hold> holds = List.of(converted(placed(minutesAgo(30)), Duration.ofSeconds(30)),
                converted(compositePlaced(minutesAgo(30)), Duration.ofSeconds(45)));

        ReservationMetrics m = ReservationMetrics.compute(holds, 0, NOW);

        assertThat(m.conversionRate()).isEqualTo(1.0);
        assertThat(m.completionRate()).isEqualTo(1.0);
        assertThat(m.activeRate()).isZero();
    }

    @Test
    void givenNegativeErrors_computeIsRefused() {
        assertThatThrownBy(() -> ReservationMetrics.compute(List.of(), -1, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenHoldsOfTwoTenants_computeIsRefused() {
        List<Hold> mixed = List.of(placed(NOW), HoldFixtures.placedFor(TenantId.of("other-salon"), NOW));

        assertThatThrownBy(() -> ReservationMetrics.compute(mixed, 0, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than one tenant");
    }

    @Test
    void givenCountsThatDoNotAddUp_theMetricsAreRefused() {
        assertThatThrownBy(() -> new ReservationMetrics(3, 0, 1, 0, 1, 0, 0, 0, 1.0 / 3, 0.5, 0,
                DurationStats.EMPTY, DurationStats.EMPTY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenMoreCompoundThanTotal_theMetricsAreRefused() {
        assertThatThrownBy(() -> new ReservationMetrics(1, 2, 0, 0, 0, 0, 0, 1, 0, 0, 1, DurationStats.EMPTY,
                DurationStats.EMPTY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenARateAboveOne_theMetricsAreRefused() {
        assertThatThrownBy(() -> new ReservationMetrics(1, 0, 1, 0, 0, 0, 0, 0, 1.5, 1, 0, DurationStats.EMPTY,
                DurationStats.EMPTY)).isInstanceOf(IllegalArgumentException.class);
    }
}
