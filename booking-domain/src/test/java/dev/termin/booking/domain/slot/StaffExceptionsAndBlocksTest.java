package dev.termin.booking.domain.slot;

import static dev.termin.booking.domain.slot.Salon.ANNA;
import static dev.termin.booking.domain.slot.Salon.BEN;
import static dev.termin.booking.domain.slot.Salon.CLARA;
import static dev.termin.booking.domain.slot.Salon.TUESDAY;
import static dev.termin.booking.domain.slot.Salon.WEDNESDAY;
import static dev.termin.booking.domain.slot.Salon.at;
import static dev.termin.booking.domain.slot.Salon.codes;
import static dev.termin.booking.domain.slot.Salon.localStarts;
import static dev.termin.booking.domain.slot.Salon.salon;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.calendar.StaffDateException;
import dev.termin.booking.domain.slot.Reason.Code;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Staff date exceptions (other hours on one date) and partial-day blocks, in search and explain. Anna alone
 * works (Ben and Clara are inactive) 09:00–12:00 on weekdays; the salon is open 09:00–18:00.
 */
class StaffExceptionsAndBlocksTest {

    private static Salon annaMornings() {
        return salon().inactive(BEN).inactive(CLARA)
                .staffHours(ANNA, WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "12:00")));
    }

    @Test
    void aReplacingExceptionShortensOneDateAndLeavesOtherDatesAlone() {
        // given
        Salon salon = annaMornings().dateException(ANNA,
                StaffDateException.replace(TUESDAY, LocalTimeWindow.of("10:00", "11:00")));

        // when
        List<Slot> tuesday = salon.find(TUESDAY);
        List<Slot> wednesday = salon.find(WEDNESDAY);

        // then
        assertThat(localStarts(tuesday)).containsExactly("10:00", "10:15", "10:30");
        assertThat(localStarts(wednesday)).hasSize(11).startsWith("09:00").endsWith("11:30");
    }

    @Test
    void aReplacingExceptionWithoutWindowsIsADayOffExplainedAsOutsideStaffHours() {
        // given
        Salon salon = annaMornings().dateException(ANNA, StaffDateException.replace(TUESDAY));

        // when / then
        assertThat(salon.find(TUESDAY)).isEmpty();
        assertThat(codes(salon.explain(at(TUESDAY, "10:00"), ANNA))).containsExactly(Code.OUTSIDE_STAFF_HOURS);
    }

    @Test
    void anAddingExceptionGivesExtraHoursOnTopOfTheWeeklyHours() {
        // given: extra 14:00–15:00 on Tuesday
        Salon salon = annaMornings().dateException(ANNA,
                StaffDateException.add(TUESDAY, LocalTimeWindow.of("14:00", "15:00")));

        // when
        List<Slot> slots = salon.find(TUESDAY);

        // then
        assertThat(localStarts(slots)).contains("09:00", "11:30", "14:00", "14:30").doesNotContain("12:00", "14:45");
        assertThat(salon.explain(at(TUESDAY, "14:30"), ANNA).bookable()).isTrue();
    }

    @Test
    void anAddingExceptionThatOverlapsTheWeeklyHoursMergesWithThem() {
        // given: extra 11:00–13:00 overlaps 09:00–12:00
        Salon salon = annaMornings().dateException(ANNA,
                StaffDateException.add(TUESDAY, LocalTimeWindow.of("11:00", "13:00")));

        // when / then: a cut 11:45–12:15 spans the seam
        assertThat(salon.explain(at(TUESDAY, "11:45"), ANNA).bookable()).isTrue();
        assertThat(localStarts(salon.find(TUESDAY))).endsWith("12:15", "12:30");
    }

    @Test
    void extraHoursDoNotOpenTheBranch() {
        // given: Anna would work on Sunday, but the salon is closed
        Salon salon = annaMornings().dateException(ANNA,
                StaffDateException.add(Salon.SUNDAY, LocalTimeWindow.of("10:00", "12:00")));

        // when / then
        assertThat(salon.find(Salon.SUNDAY)).isEmpty();
        assertThat(codes(salon.explain(at(Salon.SUNDAY, "10:00"), ANNA))).contains(Code.CLOSED);
    }

    @Test
    void weeklyBreaksStillApplyOnADateWithAnException() {
        // given
        Salon salon = annaMornings()
                .breaks(ANNA, WeeklyHours.weekdays(LocalTimeWindow.of("10:00", "10:30")))
                .dateException(ANNA, StaffDateException.replace(TUESDAY, LocalTimeWindow.of("09:00", "11:00")));

        // when / then
        assertThat(localStarts(salon.find(TUESDAY))).containsExactly("09:00", "09:15", "09:30", "10:30");
    }

    @Test
    void aBranchBlockTakesEverybodyOutForItsTimeAndIsNamedInTheExplanation() {
        // given: team meeting 10:00–11:00 for everybody; Ben works too
        Salon salon = salon().inactive(CLARA)
                .everybodyWorks(WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "12:00")))
                .block("meeting-1", TUESDAY, "10:00", "11:00");

        // when
        List<Slot> slots = salon.find(TUESDAY);
        Explanation e = salon.explain(at(TUESDAY, "10:15"));

        // then: a cut must end by 10:00 or start at 11:00
        assertThat(localStarts(slots)).containsExactly("09:00", "09:15", "09:30", "11:00", "11:15", "11:30");
        assertThat(codes(e)).containsExactly(Code.TIME_BLOCK);
        assertThat(e.reasons()).hasSize(2).allSatisfy(r -> assertThat(r.reference()).contains("meeting-1"));
    }

    @Test
    void aStaffBlockTakesOnlyTheListedStaffOut() {
        // given: Anna's block 10:00–11:00; Ben works the same hours and is free
        Salon salon = salon().inactive(CLARA)
                .everybodyWorks(WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "12:00")))
                .block("training", TUESDAY, "10:00", "11:00", ANNA);

        // when
        Explanation anna = salon.explain(at(TUESDAY, "10:00"), ANNA);
        Explanation anyone = salon.explain(at(TUESDAY, "10:00"));

        // then
        assertThat(codes(anna)).containsExactly(Code.TIME_BLOCK);
        assertThat(anyone.slot()).get().extracting(Slot::staff).isEqualTo(BEN);
    }

    @Test
    void aBlockOnAnotherDateOrInAnotherBranchChangesNothing() {
        // given
        Salon salon = annaMornings().block("meeting-2", WEDNESDAY, "09:00", "12:00");

        // when / then
        assertThat(salon.find(TUESDAY)).hasSize(11);
        assertThat(salon.find(WEDNESDAY)).isEmpty();
    }

    @Test
    void theBufferMayReachIntoABlockLikeIntoTheEndOfWorkingHours() {
        // given: meeting from 10:30; a cut 10:00–10:30 has its buffer until 10:45
        Salon salon = annaMornings().block("meeting-3", TUESDAY, "10:30", "11:00");

        // when / then
        assertThat(salon.explain(at(TUESDAY, "10:00"), ANNA).bookable()).isTrue();
        assertThat(localStarts(salon.find(TUESDAY))).contains("10:00").doesNotContain("10:15", "10:30", "10:45");
    }
}
