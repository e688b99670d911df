package dev.termin.booking.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * IntervalSet checked against a brute-force model: intervals on a one-minute grid within one day, held as a BitSet
 * whose bit {@code m} says whether minute {@code [m, m+1)} is in the set.
 */
class IntervalSetProperties {

    private static final Instant MIDNIGHT = Instant.parse("2026-06-01T00:00:00Z");
    private static final int DAY = 24 * 60;

    // ---- model ----

    private static Instant at(int minute) {
        return MIDNIGHT.plusSeconds(60L * minute);
    }

    private static int minuteOf(Instant t) {
        return (int) Duration.between(MIDNIGHT, t).toMinutes();
    }

    private static BitSet model(List<TimeInterval> intervals) {
        BitSet bits = new BitSet(DAY);
        for (TimeInterval i : intervals) {
            bits.set(minuteOf(i.start()), minuteOf(i.end()));
        }
        return bits;
    }

    private static BitSet model(IntervalSet s) {
        return model(s.intervals());
    }

    private static void assertNormalised(IntervalSet s) {
        List<TimeInterval> parts = s.intervals();
        for (int i = 1; i < parts.size(); i++) {
            assertThat(parts.get(i - 1).end()).as("sorted, disjoint and not touching: %s", s)
                    .isBefore(parts.get(i).start());
        }
    }

    // ---- generators ----

    @Provide
    Arbitrary<List<TimeInterval>> intervals() {
        Arbitrary<TimeInterval> one = Combinators.combine(
                Arbitraries.integers().between(0, DAY - 1),
                Arbitraries.integers().between(1, 240))
                .as((start, length) -> TimeInterval.of(at(start), at(Math.min(DAY, start + length))));
        Arbitrary<TimeInterval> onCoarseGrid = Combinators.combine(
                Arbitraries.integers().between(0, 47),
                Arbitraries.integers().between(1, 6))
                .as((slot, n) -> TimeInterval.of(at(slot * 30), at(Math.min(DAY, slot * 30 + n * 30))));
        return Arbitraries.oneOf(one, onCoarseGrid).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<TimeInterval> probe() {
        return Combinators.combine(
                Arbitraries.integers().between(0, DAY - 1),
                Arbitraries.integers().between(1, 300))
                .as((start, length) -> TimeInterval.of(at(start), at(Math.min(DAY, start + length))));
    }

    // ---- agreement with the model ----

    @Property
    void buildingASetKeepsExactlyTheMinutesOfItsIntervals(@ForAll("intervals") List<TimeInterval> a) {
        // given / when
        IntervalSet s = IntervalSet.of(a);

        // then
        assertThat(model(s)).isEqualTo(model(a));
        assertNormalised(s);
        assertThat(s.totalDuration()).isEqualTo(Duration.ofMinutes(model(a).cardinality()));
    }

    @Property
    void unionAgreesWithTheModel(@ForAll("intervals") List<TimeInterval> a, @ForAll("intervals") List<TimeInterval> b) {
        // given
        BitSet expected = model(a);
        expected.or(model(b));

        // when
        IntervalSet u = IntervalSet.of(a).union(IntervalSet.of(b));

        // then
        assertThat(model(u)).isEqualTo(expected);
        assertNormalised(u);
    }

    @Property
    void intersectAgreesWithTheModel(@ForAll("intervals") List<TimeInterval> a,
            @ForAll("intervals") List<TimeInterval> b) {
        // given
        BitSet expected = model(a);
        expected.and(model(b));

        // when
        IntervalSet i = IntervalSet.of(a).intersect(IntervalSet.of(b));

        // then
        assertThat(model(i)).isEqualTo(expected);
        assertNormalised(i);
    }

    @Property
    void subtractAgreesWithTheModel(@ForAll("intervals") List<TimeInterval> a,
            @ForAll("intervals") List<TimeInterval> b) {
        // given
        BitSet expected = model(a);
        expected.andNot(model(b));

        // when
        IntervalSet d = IntervalSet.of(a).subtract(IntervalSet.of(b));

        // then
        assertThat(model(d)).isEqualTo(expected);
        assertNormalised(d);
    }

    @Property
    void singleIntervalOperationsAgreeWithTheSetOperations(@ForAll("intervals") List<TimeInterval> a,
            @ForAll("probe") TimeInterval p) {
        // given
        IntervalSet s = IntervalSet.of(a);
        IntervalSet single = IntervalSet.of(p);

        // when / then
        assertThat(s.union(p)).isEqualTo(s.union(single));
        assertThat(s.intersect(p)).isEqualTo(s.intersect(single));
        assertThat(s.subtract(p)).isEqualTo(s.subtract(single));
    }

    @Property
    void containsAgreesWithTheModel(@ForAll("intervals") List<TimeInterval> a, @ForAll("probe") TimeInterval p) {
        // given
        BitSet bits = model(a);
        int from = minuteOf(p.start());
        int to = minuteOf(p.end());
        boolean expected = bits.get(from, to).cardinality() == to - from;

        // when / then
        assertThat(IntervalSet.of(a).contains(p)).isEqualTo(expected);
    }

    @Property
    void containsAnInstantAgreesWithTheModel(@ForAll("intervals") List<TimeInterval> a,
            @ForAll("probe") TimeInterval p) {
        // given
        BitSet bits = model(a);
        IntervalSet s = IntervalSet.of(a);
        int minute = minuteOf(p.start());

        // when / then
        assertThat(s.contains(p.start())).isEqualTo(bits.get(minute));
        assertThat(s.contains(p.start().plusSeconds(59))).isEqualTo(bits.get(minute));
    }

    @Property
    void overlapsAgreesWithTheModel(@ForAll("intervals") List<TimeInterval> a, @ForAll("probe") TimeInterval p) {
        // given
        BitSet bits = model(a);
        boolean expected = !bits.get(minuteOf(p.start()), minuteOf(p.end())).isEmpty();

        // when / then
        assertThat(IntervalSet.of(a).overlaps(p)).isEqualTo(expected);
    }

    // ---- algebraic laws ----

    @Property
    void unionAndIntersectionAreCommutative(@ForAll("intervals") List<TimeInterval> a,
            @ForAll("intervals") List<TimeInterval> b) {
        // given
        IntervalSet sa = IntervalSet.of(a);
        IntervalSet sb = IntervalSet.of(b);

        // when / then
        assertThat(sa.union(sb)).isEqualTo(sb.union(sa));
        assertThat(sa.intersect(sb)).isEqualTo(sb.intersect(sa));
    }

    @Property
    void intersectionDistributesOverUnion(@ForAll("intervals") List<TimeInterval> a,
            @ForAll("intervals") List<TimeInterval> b, @ForAll("intervals") List<TimeInterval> c) {
        // given
        IntervalSet sa = IntervalSet.of(a);
        IntervalSet sb = IntervalSet.of(b);
        IntervalSet sc = IntervalSet.of(c);

        // when
        IntervalSet left = sa.intersect(sb.union(sc));
        IntervalSet right = sa.intersect(sb).union(sa.intersect(sc));

        // then
        assertThat(left).isEqualTo(right);
    }

    @Property
    void aDifferenceIsDisjointFromWhatWasSubtracted(@ForAll("intervals") List<TimeInterval> a,
            @ForAll("intervals") List<TimeInterval> b) {
        // given
        IntervalSet sb = IntervalSet.of(b);

        // when
        IntervalSet diff = IntervalSet.of(a).subtract(sb);

        // then
        assertThat(diff.intersect(sb).isEmpty()).isTrue();
        for (TimeInterval part : diff.intervals()) {
            assertThat(sb.overlaps(part)).isFalse();
        }
    }

    @Property
    void differenceAndIntersectionTogetherRebuildTheSet(@ForAll("intervals") List<TimeInterval> a,
            @ForAll("intervals") List<TimeInterval> b) {
        // given
        IntervalSet sa = IntervalSet.of(a);
        IntervalSet sb = IntervalSet.of(b);

        // when
        IntervalSet rebuilt = sa.subtract(sb).union(sa.intersect(sb));

        // then
        assertThat(rebuilt).isEqualTo(sa);
    }

    @Property
    void everyPartOfASetIsContainedInIt(@ForAll("intervals") List<TimeInterval> a) {
        // given
        IntervalSet s = IntervalSet.of(a);

        // when / then
        for (TimeInterval input : a) {
            assertThat(s.contains(input)).isTrue();
            assertThat(s.overlaps(input)).isTrue();
        }
        List<TimeInterval> parts = new ArrayList<>(s.intervals());
        assertThat(IntervalSet.of(parts)).isEqualTo(s);
    }
}
