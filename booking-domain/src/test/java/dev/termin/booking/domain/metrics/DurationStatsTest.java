package dev.termin.booking.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DurationStatsTest {

    private static List<Duration> seconds(long... values) {
        return Arrays.stream(values).mapToObj(Duration::ofSeconds).toList();
    }

    @Test
    void givenNoSamples_theStatsAreEmpty() {
        DurationStats s = DurationStats.of(List.of());

        assertThat(s).isEqualTo(DurationStats.EMPTY);
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.count()).isZero();
        assertThat(s.max()).isEqualTo(Duration.ZERO);
    }

    @Test
    void givenOneSample_everyStatisticIsThatSample() {
        DurationStats s = DurationStats.of(seconds(42));

        assertThat(s.count()).isEqualTo(1);
        assertThat(List.of(s.min(), s.mean(), s.p50(), s.p90(), s.p99(), s.max()))
                .containsOnly(Duration.ofSeconds(42));
    }

    @Test
    void givenTwoSamples_theMedianIsTheLowerOneByNearestRank() {
        DurationStats s = DurationStats.of(seconds(10, 20));

        assertThat(s.p50()).isEqualTo(Duration.ofSeconds(10)); // rank ⌈1.0⌉ = 1
        assertThat(s.p90()).isEqualTo(Duration.ofSeconds(20)); // rank ⌈1.8⌉ = 2
        assertThat(s.mean()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void givenThreeSamples_percentilesRoundTheRankUp() {
        DurationStats s = DurationStats.of(seconds(3, 1, 2));

        assertThat(s.p50()).isEqualTo(Duration.ofSeconds(2)); // rank ⌈1.5⌉ = 2
        assertThat(s.p90()).isEqualTo(Duration.ofSeconds(3)); // rank ⌈2.7⌉ = 3
        assertThat(s.p99()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void givenOneToTenMinutes_percentilesAreTheNearestRanks() {
        List<Duration> samples = new ArrayList<>(
                IntStream.rangeClosed(1, 10).mapToObj(i -> Duration.ofMinutes(i)).toList());
        Collections.reverse(samples);

        DurationStats s = DurationStats.of(samples);

        assertThat(s.count()).isEqualTo(10);
        assertThat(s.min()).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.mean()).isEqualTo(Duration.ofSeconds(330));
        assertThat(s.p50()).isEqualTo(Duration.ofMinutes(5)); // rank 5
        assertThat(s.p90()).isEqualTo(Duration.ofMinutes(9)); // rank 9
        assertThat(s.p99()).isEqualTo(Duration.ofMinutes(10)); // rank ⌈9.9⌉ = 10
        assertThat(s.max()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void givenOneToAHundredSeconds_percentilesAreExactlyTheirRanks() {
        List<Duration> samples = IntStream.rangeClosed(1, 100).mapToObj(Duration::ofSeconds).toList();

        DurationStats s = DurationStats.of(samples);

        assertThat(s.p50()).isEqualTo(Duration.ofSeconds(50));
        assertThat(s.p90()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.p99()).isEqualTo(Duration.ofSeconds(99));
    }

    @Test
    void givenAMeanThatIsNotAWholeNanosecond_itIsTruncated() {
        DurationStats s = DurationStats.of(List.of(Duration.ofNanos(1), Duration.ofNanos(2)));

        assertThat(s.mean()).isEqualTo(Duration.ofNanos(1));
    }

    @Test
    void givenANullSample_statsAreRefused() {
        List<Duration> withNull = Arrays.asList(Duration.ofSeconds(1), null);

        assertThatThrownBy(() -> DurationStats.of(withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void givenUnorderedPercentiles_theStatsAreRefused() {
        Duration one = Duration.ofSeconds(1);
        Duration two = Duration.ofSeconds(2);
        assertThatThrownBy(() -> new DurationStats(2, two, two, one, two, two, two))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DurationStats(0, one, one, one, one, one, one))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DurationStats(-1, one, one, one, one, one, one))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
