package dev.termin.booking.domain.slot;

import static dev.termin.booking.domain.slot.Salon.ANNA;
import static dev.termin.booking.domain.slot.Salon.BEN;
import static dev.termin.booking.domain.slot.Salon.CLARA;
import static dev.termin.booking.domain.slot.Salon.TUESDAY;
import static dev.termin.booking.domain.slot.Salon.at;
import static dev.termin.booking.domain.slot.Salon.between;
import static dev.termin.booking.domain.slot.Salon.codes;
import static dev.termin.booking.domain.slot.Salon.salon;
import static dev.termin.booking.domain.slot.Salon.work;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.slot.Reason.Code;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Pause policies of the colour composite booked for Anna on Tuesday at 10:00: A colour 10:00–10:30, pause
 * 10:30–11:15, B wash 11:15–11:30, C cut 11:30–12:00, pause 12:00–12:15, D blow-dry 12:15–12:45 (+15 buffer).
 */
class PausePolicyTest {

    private static final String COLOUR_APPOINTMENT = "apt-colour";

    /** The occupancies a colour appointment for Anna at Tuesday 10:00 takes, as slot search offers it. */
    private static List<Occupancy> bookedColour(PausePolicy policy, Map<String, Set<StaffId>> qualified) {
        return salon().service(Salon.colour(policy, qualified)).slotAt(at(TUESDAY, "10:00"), ANNA).occupancies();
    }

    private static List<Occupancy> bookedColour(PausePolicy policy) {
        return bookedColour(policy, Map.of());
    }

    /** The salon with that colour appointment booked, searching for the fixture's cut (15 min buffer after). */
    private static Salon withColour(PausePolicy policy) {
        return salon().appointment(COLOUR_APPOINTMENT, bookedColour(policy));
    }

    private static Salon withColour(PausePolicy policy, Map<String, Set<StaffId>> qualified) {
        return salon().appointment(COLOUR_APPOINTMENT, bookedColour(policy, qualified));
    }

    private static Occupancy pause(StaffId who, String from, String to, OccupancyKind kind) {
        return new Occupancy(who, between(TUESDAY, from, to), kind);
    }

    @Nested
    class Free {

        @Test
        void aCutWhoseBufferFitsIsBookableInsideTheFreePause() {
            // given
            Salon salon = withColour(PausePolicy.FREE);

            // when
            Explanation e = salon.explain(at(TUESDAY, "10:30"), ANNA);

            // then: 10:30-11:00 and the buffer until 11:15, when the wash starts
            assertThat(e.bookable()).isTrue();
        }

        @Test
        void aThirtyMinuteCutWithoutBuffersFitsIntoAFreePause() {
            // given
            Salon salon = withColour(PausePolicy.FREE).service(Salon.plain(30));

            // when / then
            assertThat(salon.explain(at(TUESDAY, "10:30"), ANNA).bookable()).isTrue();
            assertThat(salon.explain(at(TUESDAY, "10:45"), ANNA).bookable()).isTrue();
        }

        @Test
        void aCutWhoseBufferRunsIntoTheNextSegmentConflictsWithTheAppointment() {
            // given
            Salon salon = withColour(PausePolicy.FREE);

            // when
            Explanation e = salon.explain(at(TUESDAY, "10:45"), ANNA);

            // then
            assertThat(codes(e)).containsExactly(Code.APPOINTMENT_CONFLICT);
            assertThat(e.reasons().get(0).reference()).contains(COLOUR_APPOINTMENT);
        }

        @Test
        void aFreePauseTakesNoOccupancy() {
            // given / when
            List<Occupancy> occupancies = bookedColour(PausePolicy.FREE);

            // then
            assertThat(occupancies).extracting(Occupancy::kind).containsOnly(OccupancyKind.WORK);
            assertThat(occupancies).hasSize(4);
        }

        @Test
        void aColourCanBeBookedAroundACutThatSitsInItsPause() {
            // given
            Salon salon = salon().appointment("cut-1", work(ANNA, TUESDAY, "10:30", "11:15"))
                    .service(Salon.colour(PausePolicy.FREE));

            // when / then
            assertThat(salon.explain(at(TUESDAY, "10:00"), ANNA).bookable()).isTrue();
        }

        @Test
        void aBreakDuringAFreePauseDoesNotMatter() {
            // given
            Salon salon = salon().service(Salon.colour(PausePolicy.FREE))
                    .breaks(ANNA, WeeklyHours.weekdays(LocalTimeWindow.of("10:30", "11:00")));

            // when / then
            assertThat(salon.explain(at(TUESDAY, "10:00"), ANNA).bookable()).isTrue();
        }
    }

    @Nested
    class Blocked {

        @Test
        void aCutIsNotBookableInsideABlockedPause() {
            // given
            Salon salon = withColour(PausePolicy.BLOCKED);

            // when
            Explanation e = salon.explain(at(TUESDAY, "10:30"), ANNA);
            Explanation noBuffer = withColour(PausePolicy.BLOCKED).service(Salon.plain(30))
                    .explain(at(TUESDAY, "10:45"), ANNA);

            // then
            assertThat(codes(e)).containsExactly(Code.PAUSE_POLICY);
            assertThat(e.reasons().get(0).reference()).contains(COLOUR_APPOINTMENT);
            assertThat(e.reasons().get(0).staff()).contains(ANNA);
            assertThat(codes(noBuffer)).containsExactly(Code.PAUSE_POLICY);
        }

        @Test
        void findOffersNothingDuringTheBlockedAppointment() {
            // given
            Salon salon = withColour(PausePolicy.BLOCKED);

            // when
            List<String> starts = Salon.localStarts(salon.find(TUESDAY, ANNA));

            // then: Anna is taken from 10:00 to 13:00 (buffer included); a cut needs 45 minutes
            assertThat(starts).contains("09:15", "13:00")
                    .doesNotContain("09:30", "10:00", "10:30", "10:45", "11:00", "12:00", "12:45");
        }

        @Test
        void aBlockedPauseOccupiesTheStaffMemberOfThePrecedingSegment() {
            // given / when
            List<Occupancy> occupancies = bookedColour(PausePolicy.BLOCKED);

            // then
            assertThat(occupancies).filteredOn(o -> o.kind() != OccupancyKind.WORK).containsExactly(
                    pause(ANNA, "10:30", "11:15", OccupancyKind.BLOCKED_PAUSE),
                    pause(ANNA, "12:00", "12:15", OccupancyKind.BLOCKED_PAUSE));
        }

        @Test
        void aColourWithBlockedPausesIsNotBookableAroundACutInItsPause() {
            // given
            Salon salon = salon().appointment("cut-1", work(ANNA, TUESDAY, "10:30", "11:15"))
                    .service(Salon.colour(PausePolicy.BLOCKED));

            // when
            Explanation e = salon.explain(at(TUESDAY, "10:00"), ANNA);

            // then
            assertThat(codes(e)).containsExactly(Code.PAUSE_POLICY);
            assertThat(e.reasons().get(0).reference()).contains("cut-1");
        }

        @Test
        void theStaffMemberWhoStaysMustBeWorkingDuringABlockedPause() {
            // given: a break during the colour's first pause
            Salon salon = salon().service(Salon.colour(PausePolicy.BLOCKED))
                    .breaks(ANNA, WeeklyHours.weekdays(LocalTimeWindow.of("10:30", "11:00")));

            // when
            Explanation e = salon.explain(at(TUESDAY, "10:00"), ANNA);

            // then
            assertThat(codes(e)).containsExactly(Code.STAFF_BREAK);
        }
    }

    @Nested
    class Flexible {

        @Test
        void aCutThatFitsEntirelyIntoTheFlexiblePauseIsBookable() {
            // given
            Salon salon = withColour(PausePolicy.FLEXIBLE);

            // when / then: 10:30-11:00 plus buffer until 11:15 fills the pause exactly
            assertThat(salon.explain(at(TUESDAY, "10:30"), ANNA).bookable()).isTrue();
            assertThat(withColour(PausePolicy.FLEXIBLE).service(Salon.plain(30))
                    .explain(at(TUESDAY, "10:45"), ANNA).bookable()).isTrue();
        }

        @Test
        void aCutThatOverlapsTheFlexiblePauseOnlyPartlyIsRefused() {
            // given: Ben does the wash, so Anna is free from 11:15 until the cut segment at 11:30
            Map<String, Set<StaffId>> washByBen = Map.of("B", Set.of(BEN));
            Salon flexible = withColour(PausePolicy.FLEXIBLE, washByBen).service(Salon.plain(30));
            Salon free = withColour(PausePolicy.FREE, washByBen).service(Salon.plain(30));

            // when: a cut 11:00-11:30 sticks out of the pause ending 11:15
            Explanation e = flexible.explain(at(TUESDAY, "11:00"), ANNA);

            // then
            assertThat(codes(e)).containsExactly(Code.PAUSE_POLICY);
            assertThat(e.reasons().get(0).reference()).contains(COLOUR_APPOINTMENT);
            assertThat(free.explain(at(TUESDAY, "11:00"), ANNA).bookable()).isTrue();
        }

        @Test
        void flexiblePausesAreMarkedForTheStaffBeforeAndAfterThePause() {
            // given / when
            List<Occupancy> occupancies = bookedColour(PausePolicy.FLEXIBLE, Map.of("B", Set.of(BEN)));

            // then
            assertThat(occupancies).filteredOn(o -> o.kind() != OccupancyKind.WORK).containsExactly(
                    pause(ANNA, "10:30", "11:15", OccupancyKind.FLEXIBLE_PAUSE),
                    pause(BEN, "10:30", "11:15", OccupancyKind.FLEXIBLE_PAUSE),
                    pause(ANNA, "12:00", "12:15", OccupancyKind.FLEXIBLE_PAUSE));
        }

        @Test
        void aColourWithFlexiblePausesMayEncloseACutButNotOverlapItPartly() {
            // given
            Map<String, Set<StaffId>> washByBen = Map.of("B", Set.of(BEN));
            Salon enclosing = salon().appointment("cut-1", work(ANNA, TUESDAY, "10:30", "11:15"))
                    .service(Salon.colour(PausePolicy.FLEXIBLE));
            Salon partly = salon().appointment("cut-2", work(ANNA, TUESDAY, "11:00", "11:30"))
                    .service(Salon.colour(PausePolicy.FLEXIBLE, washByBen));

            // when
            Explanation e = partly.explain(at(TUESDAY, "10:00"), ANNA);

            // then
            assertThat(enclosing.explain(at(TUESDAY, "10:00"), ANNA).bookable()).isTrue();
            assertThat(codes(e)).containsExactly(Code.PAUSE_POLICY);
            assertThat(e.reasons().get(0).reference()).contains("cut-2");
        }

        @Test
        void aBreakDuringAFlexiblePauseDoesNotMatter() {
            // given
            Salon salon = salon().service(Salon.colour(PausePolicy.FLEXIBLE))
                    .breaks(ANNA, WeeklyHours.weekdays(LocalTimeWindow.of("10:30", "11:00")));

            // when / then
            assertThat(salon.explain(at(TUESDAY, "10:00"), ANNA).bookable()).isTrue();
        }
    }

    @Nested
    class NeverComparedWithBlocked {

        /** Ben does the cut segment C: A anna, pause, B anna, C ben, pause, D anna. */
        private final Map<String, Set<StaffId>> cutByBen = Map.of("C", Set.of(BEN));

        @Test
        void blockedHoldsOnlyTheStaffMemberOfThePrecedingSegment() {
            // given / when
            List<Occupancy> occupancies = bookedColour(PausePolicy.BLOCKED, cutByBen);

            // then
            assertThat(occupancies).filteredOn(o -> o.kind() != OccupancyKind.WORK).containsExactly(
                    pause(ANNA, "10:30", "11:15", OccupancyKind.BLOCKED_PAUSE),
                    pause(BEN, "12:00", "12:15", OccupancyKind.BLOCKED_PAUSE));
        }

        @Test
        void neverHoldsEveryStaffMemberInvolvedDuringEveryPause() {
            // given / when
            List<Occupancy> occupancies = bookedColour(PausePolicy.NEVER, cutByBen);

            // then
            assertThat(occupancies).filteredOn(o -> o.kind() != OccupancyKind.WORK).containsExactlyInAnyOrder(
                    pause(ANNA, "10:30", "11:15", OccupancyKind.BLOCKED_PAUSE),
                    pause(BEN, "10:30", "11:15", OccupancyKind.BLOCKED_PAUSE),
                    pause(ANNA, "12:00", "12:15", OccupancyKind.BLOCKED_PAUSE),
                    pause(BEN, "12:00", "12:15", OccupancyKind.BLOCKED_PAUSE));
        }

        @Test
        void duringTheFirstPauseBlockedLeavesBenFreeButNeverDoesNot() {
            // given
            Salon blocked = withColour(PausePolicy.BLOCKED, cutByBen);
            Salon never = withColour(PausePolicy.NEVER, cutByBen);
            var cutAt1030 = at(TUESDAY, "10:30");

            // when / then
            assertThat(blocked.explain(cutAt1030, BEN).bookable()).isTrue();
            assertThat(codes(blocked.explain(cutAt1030, ANNA))).containsExactly(Code.PAUSE_POLICY);
            assertThat(codes(never.explain(cutAt1030, BEN))).containsExactly(Code.PAUSE_POLICY);
            assertThat(codes(never.explain(cutAt1030, ANNA))).containsExactly(Code.PAUSE_POLICY);
        }

        @Test
        void duringTheSecondPauseBlockedLeavesAnnaFreeButNeverDoesNot() {
            // given: a 15-minute service without buffers fits the 15-minute pause
            Salon blocked = withColour(PausePolicy.BLOCKED, cutByBen).service(Salon.plain(15));
            Salon never = withColour(PausePolicy.NEVER, cutByBen).service(Salon.plain(15));
            var at1200 = at(TUESDAY, "12:00");

            // when / then
            assertThat(blocked.explain(at1200, ANNA).bookable()).isTrue();
            assertThat(codes(blocked.explain(at1200, BEN))).containsExactly(Code.PAUSE_POLICY);
            assertThat(codes(never.explain(at1200, ANNA))).containsExactly(Code.PAUSE_POLICY);
            assertThat(codes(never.explain(at1200, BEN))).containsExactly(Code.PAUSE_POLICY);
        }

        @Test
        void staffNotInvolvedAreFreeUnderEveryPolicy() {
            // given / when / then
            for (PausePolicy policy : PausePolicy.values()) {
                assertThat(withColour(policy, cutByBen).explain(at(TUESDAY, "10:30"), CLARA).bookable())
                        .as(policy.code()).isTrue();
            }
        }

        @Test
        void anyStaffFallsBackToSomeoneNotHeldByTheAppointment() {
            // given
            Salon never = withColour(PausePolicy.NEVER, cutByBen);

            // when
            Explanation e = SlotSearch.explain(never.context(), at(TUESDAY, "10:30"), Optional.empty(),
                    Optional.empty());

            // then
            assertThat(e.slot()).map(Slot::staff).contains(CLARA);
        }
    }

    @Test
    void pausePolicyCodesAreStable() {
        // given / when / then
        assertThat(PausePolicy.fromCode(" flexible ")).isEqualTo(PausePolicy.FLEXIBLE);
        assertThat(PausePolicy.NEVER.code()).isEqualTo("never");
    }
}
