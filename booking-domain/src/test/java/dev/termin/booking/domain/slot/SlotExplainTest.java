package dev.termin.booking.domain.slot;

import static dev.termin.booking.domain.slot.Salon.ANNA;
import static dev.termin.booking.domain.slot.Salon.BEN;
import static dev.termin.booking.domain.slot.Salon.CLARA;
import static dev.termin.booking.domain.slot.Salon.SUNDAY;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each reason code appears when, and only when, it should. The baseline for every test is a free Tuesday 10:00
 * with Anna, which is bookable.
 */
class SlotExplainTest {

    private static final Instant TEN = at(TUESDAY, "10:00");

    private static Reason only(Explanation e) {
        assertThat(e.reasons()).hasSize(1);
        return e.reasons().get(0);
    }

    @Test
    void aFreeStartIsBookableWithTheSlotAndNoReasons() {
        // given / when
        Explanation e = salon().explain(TEN, ANNA);

        // then
        assertThat(e.bookable()).isTrue();
        assertThat(e.start()).isEqualTo(TEN);
        assertThat(e.reasons()).isEmpty();
        assertThat(e.slot()).get().satisfies(s -> {
            assertThat(s.interval()).isEqualTo(between(TUESDAY, "10:00", "10:30"));
            assertThat(s.staff()).isEqualTo(ANNA);
            assertThat(s.occupancies()).containsExactly(work(ANNA, TUESDAY, "10:00", "10:45"));
        });
    }

    @Test
    void offGridWhenTheStartIsNotOnTheQuarterHour() {
        // given
        Salon salon = salon();

        // when
        Explanation fiveMinutesPast = salon.explain(at(TUESDAY, "10:05"), ANNA);
        Explanation halfAMinutePast = salon.explain(TEN.plusSeconds(30), ANNA);

        // then
        assertThat(codes(fiveMinutesPast)).containsExactly(Code.OFF_GRID);
        assertThat(codes(halfAMinutePast)).containsExactly(Code.OFF_GRID);
        assertThat(only(fiveMinutesPast).staff()).isEmpty();
    }

    @Test
    void offGridFollowsTheServicesInterval() {
        // given
        Salon twenty = salon().service(Salon.cut().withSlotInterval(Duration.ofMinutes(20)));

        // when / then
        assertThat(twenty.explain(at(TUESDAY, "10:20"), ANNA).bookable()).isTrue();
        assertThat(codes(twenty.explain(at(TUESDAY, "10:15"), ANNA))).containsExactly(Code.OFF_GRID);
    }

    @Test
    void noticeTooShortWhenTheStartIsWithinTheMinimumNotice() {
        // given: now is 08:01, notice 2 h
        Salon salon = salon().now(at(TUESDAY, "08:01"));

        // when / then
        assertThat(codes(salon.explain(TEN, ANNA))).containsExactly(Code.NOTICE_TOO_SHORT);
        assertThat(salon.explain(at(TUESDAY, "10:15"), ANNA).bookable()).isTrue();
        assertThat(salon().now(at(TUESDAY, "08:00")).explain(TEN, ANNA).bookable()).isTrue();
    }

    @Test
    void tooFarAheadWhenTheStartIsBeyondTheMaximumAdvance() {
        // given: 7 days ahead, now is a week before at 09:59
        Salon salon = salon().maximumAdvance(Duration.ofDays(7)).now(at(TUESDAY.minusDays(7), "09:59"));

        // when / then
        assertThat(codes(salon.explain(TEN, ANNA))).containsExactly(Code.TOO_FAR_AHEAD);
        assertThat(salon.explain(at(TUESDAY, "09:45"), ANNA).bookable()).isTrue();
    }

    @Test
    void closedWhenTheCustomersSpanLeavesTheOpeningHours() {
        // given: staff work until 20:00, the salon closes at 18:00
        Salon salon = salon().everybodyWorks(WeeklyHours.weekdays(LocalTimeWindow.of("08:00", "20:00")));

        // when
        Explanation e = salon.explain(at(TUESDAY, "17:45"), ANNA);

        // then
        assertThat(codes(e)).containsExactly(Code.CLOSED);
        assertThat(only(e).staff()).isEmpty();
        assertThat(codes(salon.explain(at(TUESDAY, "08:30"), ANNA))).containsExactly(Code.CLOSED);
    }

    @Test
    void closedAndOutsideStaffHoursOnASunday() {
        // given / when
        Explanation e = salon().explain(at(SUNDAY, "10:00"), ANNA);

        // then
        assertThat(codes(e)).containsExactlyInAnyOrder(Code.CLOSED, Code.OUTSIDE_STAFF_HOURS);
    }

    @Test
    void holidayForTheWholeBranchNamesTheHolidayAndNoStaffMember() {
        // given
        Salon salon = salon().holiday("pfingsten", TUESDAY);

        // when
        Explanation e = salon.explain(TEN, ANNA);

        // then
        assertThat(codes(e)).containsExactly(Code.HOLIDAY);
        assertThat(only(e).staff()).isEmpty();
        assertThat(only(e).message()).contains("Feiertag pfingsten").contains("public_holiday");
    }

    @Test
    void holidayForOneStaffMemberNamesThatStaffMember() {
        // given
        Salon salon = salon().holiday("anna-frei", TUESDAY, ANNA);

        // when
        Explanation annas = salon.explain(TEN, ANNA);
        Explanation bens = salon.explain(TEN, BEN);

        // then
        assertThat(codes(annas)).containsExactly(Code.HOLIDAY);
        assertThat(only(annas).staff()).contains(ANNA);
        assertThat(bens.bookable()).isTrue();
    }

    @Test
    void staffNotQualifiedWhenThePreferredStaffMemberDoesNotPerformTheService() {
        // given
        Salon salon = salon().performs(BEN, Salon.COLOUR);

        // when
        Explanation e = salon.explain(TEN, BEN);

        // then
        assertThat(codes(e)).containsExactly(Code.STAFF_NOT_QUALIFIED);
        assertThat(codes(salon.explain(TEN, StaffId.of("nobody")))).containsExactly(Code.STAFF_NOT_QUALIFIED);
        assertThat(codes(salon().inactive(ANNA).explain(TEN, ANNA))).containsExactly(Code.STAFF_NOT_QUALIFIED);
    }

    @Test
    void staffNotQualifiedForAnyStaffWhenNobodyPerformsTheService() {
        // given
        Salon salon = salon().performs(ANNA).performs(BEN).performs(CLARA);

        // when
        Explanation e = salon.explain(TEN);

        // then
        assertThat(codes(e)).containsExactly(Code.STAFF_NOT_QUALIFIED);
    }

    @Test
    void staffTimeOffWhenTheWorkOverlapsTimeOff() {
        // given
        Salon salon = salon().timeOff(ANNA, between(TUESDAY, "10:15", "11:00"));

        // when
        Explanation e = salon.explain(TEN, ANNA);

        // then
        assertThat(codes(e)).containsExactly(Code.STAFF_TIME_OFF);
        assertThat(only(e).staff()).contains(ANNA);
        assertThat(salon.explain(at(TUESDAY, "11:00"), ANNA).bookable()).isTrue();
    }

    @Test
    void outsideStaffHoursWhenTheWorkLeavesTheStaffMembersHours() {
        // given: Anna works from 10:15
        Salon salon = salon().staffHours(ANNA, WeeklyHours.weekdays(LocalTimeWindow.of("10:15", "18:00")));

        // when / then
        assertThat(codes(salon.explain(TEN, ANNA))).containsExactly(Code.OUTSIDE_STAFF_HOURS);
        assertThat(salon.explain(at(TUESDAY, "10:15"), ANNA).bookable()).isTrue();
    }

    @Test
    void staffBreakWhenTheWorkOverlapsABreak() {
        // given
        Salon salon = salon().breaks(ANNA, WeeklyHours.weekdays(LocalTimeWindow.of("10:15", "10:45")));

        // when / then
        assertThat(codes(salon.explain(TEN, ANNA))).containsExactly(Code.STAFF_BREAK);
        assertThat(salon.explain(at(TUESDAY, "10:45"), ANNA).bookable()).isTrue();
    }

    @Test
    void appointmentConflictNamesTheAppointment() {
        // given: the new cut's buffer (10:30-10:45) runs into an appointment at 10:30
        Salon salon = salon().appointment("apt-4711", work(ANNA, TUESDAY, "10:30", "11:15"));

        // when
        Explanation e = salon.explain(TEN, ANNA);

        // then
        assertThat(codes(e)).containsExactly(Code.APPOINTMENT_CONFLICT);
        assertThat(only(e).reference()).contains("apt-4711");
        assertThat(only(e).staff()).contains(ANNA);
        assertThat(only(e).message()).contains("apt-4711");
        assertThat(salon.explain(at(TUESDAY, "09:45"), ANNA).bookable()).isTrue();
    }

    @Test
    void pausePolicyNamesTheAppointmentWhosePauseIsBlocked() {
        // given: a colour with blocked pauses at 09:30; its first pause runs 10:00-10:45
        List<Occupancy> colour = salon().service(Salon.colour(PausePolicy.BLOCKED))
                .slotAt(at(TUESDAY, "09:30"), ANNA).occupancies();
        Salon salon = salon().appointment("apt-colour", colour);

        // when
        Explanation e = salon.explain(TEN, ANNA);

        // then
        assertThat(codes(e)).containsExactly(Code.PAUSE_POLICY);
        assertThat(only(e).reference()).contains("apt-colour");
    }

    @Test
    void heldByOtherOwnerDoesNotIdentifyTheHold() {
        // given
        Salon salon = salon().hold("token-secret", "call-1", work(ANNA, TUESDAY, "10:00", "10:45"));

        // when
        Explanation other = salon.explainFor(TEN, ANNA, "call-2");
        Explanation owner = salon.explainFor(TEN, ANNA, "call-1");

        // then
        assertThat(codes(other)).containsExactly(Code.HELD_BY_OTHER_OWNER);
        assertThat(only(other).reference()).isEmpty();
        assertThat(only(other).message()).doesNotContain("token-secret").doesNotContain("call-1");
        assertThat(owner.bookable()).isTrue();
        assertThat(codes(salon.explain(TEN, ANNA))).containsExactly(Code.HELD_BY_OTHER_OWNER);
    }

    @Test
    void externalCalendarBusyWhenTheExternalCalendarShowsTheStaffMemberBusy() {
        // given
        Salon salon = salon().external("calcom-1", work(ANNA, TUESDAY, "10:20", "10:40"));

        // when
        Explanation e = salon.explain(TEN, ANNA);

        // then
        assertThat(codes(e)).containsExactly(Code.EXTERNAL_CALENDAR_BUSY);
        assertThat(only(e).staff()).contains(ANNA);
    }

    @Test
    void segmentStaffUnavailableWhenNobodyQualifiedForASegmentIsFree() {
        // given: only Clara does the cut segment C, and she is off
        Salon salon = salon().service(Salon.colour(PausePolicy.FREE, Map.of("C", Set.of(CLARA))))
                .timeOff(CLARA, between(TUESDAY, "09:00", "18:00"));

        // when
        Explanation e = salon.explain(TEN, ANNA);

        // then
        assertThat(codes(e)).containsExactly(Code.SEGMENT_STAFF_UNAVAILABLE);
        assertThat(only(e).staff()).contains(ANNA);
    }

    @Test
    void severalReasonsAreReportedAtOnce() {
        // given: too soon, Sunday, and off the grid
        Salon salon = salon().now(at(SUNDAY, "09:00"));

        // when
        Explanation e = salon.explain(at(SUNDAY, "10:10"), ANNA);

        // then
        assertThat(codes(e)).containsExactlyInAnyOrder(Code.OFF_GRID, Code.NOTICE_TOO_SHORT, Code.CLOSED,
                Code.OUTSIDE_STAFF_HOURS);
    }

    @Test
    void everyConflictingBusyTimeIsReported() {
        // given
        Salon salon = salon()
                .appointment("apt-1", work(ANNA, TUESDAY, "09:45", "10:15"))
                .hold("h1", "call-9", work(ANNA, TUESDAY, "10:15", "10:30"))
                .external("ext-1", work(ANNA, TUESDAY, "10:30", "11:00"))
                .breaks(ANNA, WeeklyHours.weekdays(LocalTimeWindow.of("10:20", "10:25")))
                .timeOff(ANNA, between(TUESDAY, "10:25", "10:26"));

        // when
        Explanation e = salon.explain(TEN, ANNA);

        // then
        assertThat(codes(e)).containsExactlyInAnyOrder(Code.APPOINTMENT_CONFLICT, Code.HELD_BY_OTHER_OWNER,
                Code.EXTERNAL_CALENDAR_BUSY, Code.STAFF_BREAK, Code.STAFF_TIME_OFF);
    }

    @Test
    void withAnyStaffReasonsOfEveryStaffMemberAreReported() {
        // given
        Salon salon = salon()
                .appointment("apt-a", work(ANNA, TUESDAY, "10:00", "10:30"))
                .breaks(BEN, WeeklyHours.weekdays(LocalTimeWindow.of("10:00", "10:30")))
                .timeOff(CLARA, between(TUESDAY, "10:00", "10:30"));

        // when
        Explanation e = salon.explain(TEN);

        // then
        assertThat(codes(e)).containsExactlyInAnyOrder(Code.APPOINTMENT_CONFLICT, Code.STAFF_BREAK,
                Code.STAFF_TIME_OFF);
        assertThat(e.reasons()).extracting(r -> r.staff().orElseThrow()).containsExactlyInAnyOrder(ANNA, BEN, CLARA);
    }

    @Test
    void withAnyStaffOneFreeStaffMemberIsEnough() {
        // given
        Salon salon = salon()
                .appointment("apt-a", work(ANNA, TUESDAY, "10:00", "10:30"))
                .breaks(BEN, WeeklyHours.weekdays(LocalTimeWindow.of("10:00", "10:30")));

        // when
        Explanation e = salon.explain(TEN);

        // then
        assertThat(e.bookable()).isTrue();
        assertThat(e.slot().orElseThrow().staff()).isEqualTo(CLARA);
    }

    @Test
    void explainPicksTheSameStaffMemberAsFind() {
        // given: Anna and Ben are booked, Clara is not
        Salon salon = salon()
                .appointment("apt-a", work(ANNA, TUESDAY, "15:00", "15:30"))
                .appointment("apt-b", work(BEN, TUESDAY, "16:00", "16:30"));

        // when
        Explanation e = salon.explain(TEN);
        Slot found = salon.find(TUESDAY).stream().filter(s -> s.start().equals(TEN)).findFirst().orElseThrow();

        // then
        assertThat(e.slot()).contains(found);
        assertThat(found.staff()).isEqualTo(CLARA);
    }

    @Test
    void aHolidayOnTheNextDayIsReportedForASpanThatRunsPastMidnight() {
        // given: open around the clock; Wednesday is a holiday
        WeeklyHours allDay = WeeklyHours.on(List.of(DayOfWeek.values()), LocalTimeWindow.of("00:00", "00:00"));
        Salon salon = salon().openingHours(allDay).everybodyWorks(allDay)
                .holiday("mittwoch", TUESDAY.plusDays(1));

        // when: 23:45 + 30 min runs into Wednesday
        Explanation e = salon.explain(at(TUESDAY, "23:45"), ANNA);

        // then
        assertThat(codes(e)).containsExactly(Code.HOLIDAY);
        assertThat(salon.explain(at(TUESDAY, "23:30"), ANNA).bookable()).isTrue();
    }

    @Test
    void reasonCodesHaveStableLowercaseCodes() {
        // given / when / then
        assertThat(Code.APPOINTMENT_CONFLICT.code()).isEqualTo("appointment_conflict");
        assertThat(Code.HELD_BY_OTHER_OWNER.code()).isEqualTo("held_by_other_owner");
        assertThat(Optional.of(Code.OFF_GRID.code())).contains("off_grid");
    }
}
