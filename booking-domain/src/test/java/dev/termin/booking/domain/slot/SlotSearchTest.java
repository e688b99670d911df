package dev.termin.booking.domain.slot;

import static dev.termin.booking.domain.slot.Salon.ANNA;
import static dev.termin.booking.domain.slot.Salon.BEN;
import static dev.termin.booking.domain.slot.Salon.CLARA;
import static dev.termin.booking.domain.slot.Salon.MONDAY;
import static dev.termin.booking.domain.slot.Salon.SUNDAY;
import static dev.termin.booking.domain.slot.Salon.TUESDAY;
import static dev.termin.booking.domain.slot.Salon.WEDNESDAY;
import static dev.termin.booking.domain.slot.Salon.at;
import static dev.termin.booking.domain.slot.Salon.between;
import static dev.termin.booking.domain.slot.Salon.localStarts;
import static dev.termin.booking.domain.slot.Salon.salon;
import static dev.termin.booking.domain.slot.Salon.work;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.calendar.DateOverride;
import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.HolidayId;
import dev.termin.booking.domain.catalogue.HolidayType;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlotSearchTest {

    /** Local starts "09:00", "09:15", … up to and including {@code last}. */
    private static List<String> every15(String first, String last) {
        return everyN(first, last, 15);
    }

    private static List<String> everyN(String first, String last, int minutes) {
        List<String> out = new ArrayList<>();
        LocalTime end = LocalTime.parse(last);
        for (LocalTime t = LocalTime.parse(first); !t.isAfter(end); t = t.plusMinutes(minutes)) {
            out.add(t.toString());
        }
        return out;
    }

    private static List<String> without(List<String> all, String... removed) {
        List<String> out = new ArrayList<>(all);
        out.removeAll(List.of(removed));
        return out;
    }

    @Nested
    class OpeningHours {

        @Test
        void aCutCanStartFromOpeningUntilHalfAnHourBeforeClosing() {
            // given
            Salon salon = salon();

            // when
            List<Slot> slots = salon.find(TUESDAY, ANNA);

            // then
            assertThat(localStarts(slots)).isEqualTo(every15("09:00", "17:30"));
            assertThat(slots).allSatisfy(s -> assertThat(s.staff()).isEqualTo(ANNA));
            assertThat(slots.get(0).start()).isEqualTo(at(TUESDAY, "09:00"));
            assertThat(slots.get(0).interval().duration()).isEqualTo(Duration.ofMinutes(30));
        }

        @Test
        void onSaturdayTheSalonClosesAtTwo() {
            // given / when
            List<Slot> slots = salon().find(LocalDate.of(2026, 6, 6), ANNA);

            // then
            assertThat(localStarts(slots)).isEqualTo(every15("09:00", "13:30"));
        }

        @Test
        void nothingIsOfferedOnAClosedSundayEvenIfStaffWouldWork() {
            // given
            Salon salon = salon().everybodyWorks(WeeklyHours.on(List.of(DayOfWeek.values()),
                    LocalTimeWindow.of("09:00", "18:00")));

            // when / then
            assertThat(salon.find(SUNDAY)).isEmpty();
        }

        @Test
        void aLunchClosureSplitsTheDay() {
            // given
            Salon salon = salon().openingHours(WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "12:00"),
                    LocalTimeWindow.of("13:00", "18:00")));

            // when
            List<Slot> slots = salon.find(TUESDAY, ANNA);

            // then
            List<String> expected = new ArrayList<>(every15("09:00", "11:30"));
            expected.addAll(every15("13:00", "17:30"));
            assertThat(localStarts(slots)).isEqualTo(expected);
        }

        @Test
        void aSearchOverSeveralDaysReturnsSlotsOrderedByStart() {
            // given / when
            List<Slot> slots = salon().find(MONDAY, WEDNESDAY);

            // then
            assertThat(slots).hasSize(3 * 35);
            for (int i = 1; i < slots.size(); i++) {
                assertThat(slots.get(i).start()).isAfter(slots.get(i - 1).start());
            }
        }
    }

    @Nested
    class Overrides {

        @Test
        void specialHoursReplaceTheWeekdaysHours() {
            // given
            Salon salon = salon().override(new DateOverride(TUESDAY, List.of(LocalTimeWindow.of("12:00", "14:00")),
                    "Betriebsversammlung"));

            // when / then
            assertThat(localStarts(salon.find(TUESDAY, ANNA))).isEqualTo(every15("12:00", "13:30"));
            assertThat(localStarts(salon.find(WEDNESDAY, ANNA))).isEqualTo(every15("09:00", "17:30"));
        }

        @Test
        void aClosedOverrideLeavesNothingThatDay() {
            // given
            Salon salon = salon().closedOn(TUESDAY);

            // when / then
            assertThat(salon.find(TUESDAY)).isEmpty();
            assertThat(salon.find(WEDNESDAY)).isNotEmpty();
        }

        @Test
        void specialHoursOpenTheSalonOnlyWhereStaffAlsoWork() {
            // given: open late on Tuesday, but staff leave at 18:00
            Salon salon = salon().override(new DateOverride(TUESDAY, List.of(LocalTimeWindow.of("16:00", "20:00")),
                    "Late night"));

            // when / then
            assertThat(localStarts(salon.find(TUESDAY, ANNA))).isEqualTo(every15("16:00", "17:30"));
        }
    }

    @Nested
    class Holidays {

        @Test
        void aHolidayForEverybodyClosesTheDay() {
            // given
            Salon salon = salon().holiday("pfingstmontag", TUESDAY);

            // when / then
            assertThat(salon.find(TUESDAY)).isEmpty();
            assertThat(salon.find(MONDAY)).isNotEmpty();
        }

        @Test
        void aHolidayForOneStaffMemberLeavesTheOthersBookable() {
            // given
            Salon salon = salon().holiday("anna-frei", TUESDAY, ANNA);

            // when
            List<Slot> any = salon.find(TUESDAY);
            List<Slot> anna = salon.find(TUESDAY, ANNA);

            // then
            assertThat(anna).isEmpty();
            assertThat(any).hasSize(35).allSatisfy(s -> assertThat(s.staff()).isNotEqualTo(ANNA));
            assertThat(salon.find(WEDNESDAY, ANNA)).hasSize(35);
        }

        @Test
        void aHolidayOfAnotherBranchDoesNotApply() {
            // given
            Salon salon = salon().holiday(new Holiday(HolidayId.of("pankow"), Salon.TENANT,
                    Optional.of(BranchId.of("pankow")), "Pankow", HolidayType.MAINTENANCE, TUESDAY, TUESDAY, false,
                    Set.of()));

            // when / then
            assertThat(salon.find(TUESDAY, ANNA)).hasSize(35);
        }
    }

    @Nested
    class StaffCalendars {

        @Test
        void aStaffMemberIsOnlyOfferedWithinTheirWorkingHours() {
            // given
            Salon salon = salon().staffHours(ANNA, WeeklyHours.weekdays(LocalTimeWindow.of("12:00", "16:00")));

            // when / then
            assertThat(localStarts(salon.find(TUESDAY, ANNA))).isEqualTo(every15("12:00", "15:30"));
        }

        @Test
        void noWorkOverlapsABreak() {
            // given
            Salon salon = salon().breaks(ANNA, WeeklyHours.weekdays(LocalTimeWindow.of("13:00", "13:30")));

            // when / then
            assertThat(localStarts(salon.find(TUESDAY, ANNA)))
                    .isEqualTo(without(every15("09:00", "17:30"), "12:45", "13:00", "13:15"));
        }

        @Test
        void timeOffBlocksItsPeriodOnly() {
            // given: a doctor's appointment 10:00-12:00 on Tuesday
            Salon salon = salon().timeOff(ANNA, between(TUESDAY, "10:00", "12:00"));

            // when / then
            assertThat(localStarts(salon.find(TUESDAY, ANNA))).isEqualTo(without(every15("09:00", "17:30"),
                    "09:45", "10:00", "10:15", "10:30", "10:45", "11:00", "11:15", "11:30", "11:45"));
            assertThat(salon.find(WEDNESDAY, ANNA)).hasSize(35);
        }

        @Test
        void aStaffMemberWhoDoesNotPerformTheServiceOrIsInactiveIsNeverOffered() {
            // given
            Salon salon = salon().performs(BEN, Salon.COLOUR).inactive(CLARA);

            // when / then
            assertThat(salon.find(TUESDAY, BEN)).isEmpty();
            assertThat(salon.find(TUESDAY, CLARA)).isEmpty();
            assertThat(salon.find(TUESDAY)).allSatisfy(s -> assertThat(s.staff()).isEqualTo(ANNA));
        }

        @Test
        void anUnknownStaffMemberGetsNoSlots() {
            // given / when / then
            assertThat(salon().find(TUESDAY, StaffId.of("nobody"))).isEmpty();
        }

        @Test
        void staffOfAnotherBranchAreNeverOffered() {
            // given
            Salon salon = salon().inOtherBranch(ANNA);

            // when / then
            assertThat(salon.find(TUESDAY, ANNA)).isEmpty();
        }
    }

    @Nested
    class BusyTimes {

        @Test
        void anExistingAppointmentWithItsBufferBlocksOverlappingStartsIncludingTheNewBuffer() {
            // given: a cut 10:00-10:30 with its 15-minute buffer, so Anna is busy until 10:45
            Salon salon = salon().appointment("apt-1", work(ANNA, TUESDAY, "10:00", "10:45"));

            // when
            List<Slot> slots = salon.find(TUESDAY, ANNA);

            // then: 09:15 + 30 + 15 buffer ends 10:00; 09:30 would run into the appointment
            assertThat(localStarts(slots))
                    .isEqualTo(without(every15("09:00", "17:30"), "09:30", "09:45", "10:00", "10:15", "10:30"));
        }

        @Test
        void aBufferBeforeTheServiceKeepsTheStaffMemberFreeBeforeTheStart() {
            // given: 10 minutes of preparation before every cut
            Salon salon = salon().service(Salon.cut().withBuffers(Duration.ofMinutes(10), Duration.ZERO))
                    .appointment("apt-1", work(ANNA, TUESDAY, "09:00", "10:00"));

            // when
            List<Slot> slots = salon.find(TUESDAY, ANNA);

            // then: 10:00 would need Anna from 09:50
            assertThat(localStarts(slots)).startsWith("10:15");
            Slot first = slots.get(0);
            assertThat(first.occupancies()).containsExactly(new Occupancy(ANNA,
                    TimeInterval.of(at(TUESDAY, "10:05"), at(TUESDAY, "10:45")), OccupancyKind.WORK));
        }

        @Test
        void anAppointmentOfAnotherStaffMemberDoesNotBlock() {
            // given
            Salon salon = salon().appointment("apt-1", work(BEN, TUESDAY, "09:00", "18:00"));

            // when / then
            assertThat(salon.find(TUESDAY, ANNA)).hasSize(35);
            assertThat(salon.find(TUESDAY, BEN)).isEmpty();
        }

        @Test
        void aHoldOfAnotherOwnerBlocksButTheOwnersOwnHoldDoesNot() {
            // given
            Salon salon = salon().withoutStaff(BEN).withoutStaff(CLARA)
                    .hold("hold-1", "call-42", work(ANNA, TUESDAY, "10:00", "10:45"));

            // when
            List<String> forOthers = localStarts(salon.findFor(TUESDAY, "call-7"));
            List<String> forAnonymous = localStarts(salon.find(TUESDAY));
            List<String> forOwner = localStarts(salon.findFor(TUESDAY, "call-42"));

            // then
            assertThat(forOthers).doesNotContain("10:00", "09:30").contains("09:15", "10:45");
            assertThat(forAnonymous).isEqualTo(forOthers);
            assertThat(forOwner).isEqualTo(every15("09:00", "17:30"));
        }

        @Test
        void anExternalBusyTimeBlocks() {
            // given
            Salon salon = salon().external("calcom-77", work(ANNA, TUESDAY, "14:00", "15:00"));

            // when / then
            assertThat(localStarts(salon.find(TUESDAY, ANNA)))
                    .isEqualTo(without(every15("09:00", "17:30"), "13:30", "13:45", "14:00", "14:15", "14:30",
                            "14:45"));
        }
    }

    @Nested
    class NoticeAndAdvance {

        @Test
        void minimumNoticeHidesStartsThatAreTooSoon() {
            // given: it is Tuesday 08:15, the default notice is 2 hours
            Salon salon = salon().now(at(TUESDAY, "08:15"));

            // when / then
            assertThat(localStarts(salon.find(TUESDAY, ANNA))).startsWith("10:15", "10:30");
        }

        @Test
        void aStartExactlyAtTheMinimumNoticeIsOffered() {
            // given
            Salon salon = salon().now(at(TUESDAY, "08:00"));

            // when / then
            assertThat(localStarts(salon.find(TUESDAY, ANNA))).startsWith("10:00");
        }

        @Test
        void maximumAdvanceHidesStartsThatAreTooFarAhead() {
            // given: bookings open 7 days ahead, it is Tuesday a week before at 12:00
            Salon salon = salon().maximumAdvance(Duration.ofDays(7)).now(at(TUESDAY.minusDays(7), "12:00"));

            // when
            List<Slot> slots = salon.find(TUESDAY, WEDNESDAY);

            // then
            assertThat(localStarts(slots)).isEqualTo(every15("09:00", "12:00"));
        }
    }

    @Nested
    class Grid {

        @Test
        void startsLieOnTheQuarterHoursOfTheClock() {
            // given: opening at 09:10
            Salon salon = salon().openingHours(WeeklyHours.weekdays(LocalTimeWindow.of("09:10", "12:00")));

            // when / then
            assertThat(localStarts(salon.find(TUESDAY, ANNA))).isEqualTo(every15("09:15", "11:30"));
        }

        @Test
        void aTwentyMinuteGridStartsOnTheFullHourAndAtTwentyAndForty() {
            // given
            Salon salon = salon().service(Salon.cut().withSlotInterval(Duration.ofMinutes(20)));

            // when / then
            assertThat(localStarts(salon.find(TUESDAY, ANNA))).isEqualTo(everyN("09:00", "17:20", 20));
        }

        @Test
        void aTwentyMinuteGridIsCountedFromMidnightNotFromOpening() {
            // given: opening at 09:10
            Salon salon = salon().service(Salon.cut().withSlotInterval(Duration.ofMinutes(20)))
                    .openingHours(WeeklyHours.weekdays(LocalTimeWindow.of("09:10", "11:00")));

            // when / then
            assertThat(localStarts(salon.find(TUESDAY, ANNA))).containsExactly("09:20", "09:40", "10:00", "10:20");
        }
    }

    @Nested
    class AnyStaff {

        @Test
        void withNothingBookedTheSmallestStaffIdGetsTheSlot() {
            // given / when
            List<Slot> slots = salon().find(TUESDAY);

            // then
            assertThat(slots).hasSize(35).allSatisfy(s -> assertThat(s.staff()).isEqualTo(ANNA));
        }

        @Test
        void theLeastBookedStaffMemberThatDayGetsTheSlot() {
            // given: Anna has 60 booked minutes, Ben 45, Clara 90 on Tuesday
            Salon salon = salon()
                    .appointment("a1", work(ANNA, TUESDAY, "09:00", "10:00"))
                    .appointment("b1", work(BEN, TUESDAY, "16:00", "16:45"))
                    .appointment("c1", work(CLARA, TUESDAY, "12:00", "13:30"));

            // when
            List<Slot> slots = salon.find(TUESDAY);

            // then
            assertThat(slotAt(slots, "10:00").staff()).isEqualTo(BEN);
            assertThat(slotAt(slots, "15:30").staff()).as("Ben is busy from 16:00").isEqualTo(ANNA);
            assertThat(slotAt(slots, "17:00").staff()).isEqualTo(BEN);
            assertThat(slotAt(slots, "09:00").staff()).as("only Anna is busy").isEqualTo(BEN);
        }

        @Test
        void equallyBookedStaffAreTieBrokenById() {
            // given: Anna 60 minutes, Ben and Clara 30 each
            Salon salon = salon()
                    .appointment("a1", work(ANNA, TUESDAY, "09:00", "10:00"))
                    .appointment("b1", work(BEN, TUESDAY, "16:00", "16:30"))
                    .appointment("c1", work(CLARA, TUESDAY, "17:00", "17:30"));

            // when
            List<Slot> slots = salon.find(TUESDAY);

            // then
            assertThat(slotAt(slots, "10:00").staff()).isEqualTo(BEN);
            assertThat(slotAt(slots, "15:30").staff()).as("Ben is busy from 16:00").isEqualTo(CLARA);
        }

        @Test
        void bookingsOfOtherDaysDoNotCountAndExternalBusyTimeDoesNotCount() {
            // given: Anna is booked on Monday, externally busy on Tuesday
            Salon salon = salon()
                    .appointment("a1", work(ANNA, MONDAY, "09:00", "17:00"))
                    .external("ext", work(ANNA, TUESDAY, "16:00", "17:00"))
                    .appointment("b1", work(BEN, TUESDAY, "17:00", "17:30"));

            // when
            List<Slot> slots = salon.find(TUESDAY);

            // then
            assertThat(slotAt(slots, "09:00").staff()).isEqualTo(ANNA);
        }

        @Test
        void heldMinutesOfOtherOwnersCountAsBooked() {
            // given
            Salon salon = salon().hold("h1", "call-1", work(ANNA, TUESDAY, "16:00", "16:45"));

            // when
            List<Slot> slots = salon.find(TUESDAY);

            // then
            assertThat(slotAt(slots, "09:00").staff()).isEqualTo(BEN);
        }

        private Slot slotAt(List<Slot> slots, String localTime) {
            return slots.stream().filter(s -> s.start().equals(at(TUESDAY, localTime))).findFirst().orElseThrow();
        }
    }

    @Nested
    class CompositeSegments {

        @Test
        void allSegmentsGoToTheChosenStaffMember() {
            // given
            Salon salon = salon().service(Salon.colour(PausePolicy.FREE));

            // when
            Slot slot = salon.slotAt(at(TUESDAY, "10:00"), BEN);

            // then
            assertThat(slot.interval()).isEqualTo(between(TUESDAY, "10:00", "12:45"));
            assertThat(slot.segments()).extracting(SegmentAssignment::key).containsExactly("A", "B", "C", "D");
            assertThat(slot.segments()).extracting(SegmentAssignment::staff).containsOnly(BEN);
            assertThat(slot.segments()).extracting(SegmentAssignment::interval).containsExactly(
                    between(TUESDAY, "10:00", "10:30"), between(TUESDAY, "11:15", "11:30"),
                    between(TUESDAY, "11:30", "12:00"), between(TUESDAY, "12:15", "12:45"));
            assertThat(slot.segments()).extracting(SegmentAssignment::label)
                    .containsExactly("1 von 4", "2 von 4", "3 von 4", "4 von 4");
            assertThat(slot.occupancies()).as("FREE pauses occupy nobody; buffer after the last segment")
                    .containsExactly(work(BEN, TUESDAY, "10:00", "10:30"), work(BEN, TUESDAY, "11:15", "11:30"),
                            work(BEN, TUESDAY, "11:30", "12:00"), work(BEN, TUESDAY, "12:15", "13:00"));
        }

        @Test
        void theLastCompositeStartEndsAtClosing() {
            // given
            Salon salon = salon().service(Salon.colour(PausePolicy.FREE));

            // when
            List<Slot> slots = salon.find(TUESDAY, ANNA);

            // then: 2 h 45 min before 18:00
            assertThat(localStarts(slots)).isEqualTo(every15("09:00", "15:15"));
        }

        @Test
        void aSegmentThatNeedsAnotherQualifiedStaffMemberGoesToThem() {
            // given: only Clara does the cut segment C
            Salon salon = salon().service(Salon.colour(PausePolicy.FREE, Map.of("C", Set.of(CLARA))));

            // when
            Slot slot = salon.slotAt(at(TUESDAY, "10:00"), ANNA);

            // then
            assertThat(slot.staff()).isEqualTo(ANNA);
            assertThat(slot.segments()).extracting(SegmentAssignment::staff).containsExactly(ANNA, ANNA, CLARA, ANNA);
            assertThat(slot.occupancies()).contains(work(CLARA, TUESDAY, "11:30", "12:00"));
        }

        @Test
        void whenTheOnlyQualifiedStaffMemberIsBusyTheStartIsNotOffered() {
            // given
            Salon salon = salon().service(Salon.colour(PausePolicy.FREE, Map.of("C", Set.of(CLARA))))
                    .appointment("c1", work(CLARA, TUESDAY, "11:45", "12:15"));

            // when
            List<String> starts = localStarts(salon.find(TUESDAY, ANNA));
            Explanation e = salon.explain(at(TUESDAY, "10:00"), ANNA);

            // then: C runs from 90 to 120 minutes after the start, so 10:00 to 10:30 put it into Clara's appointment
            assertThat(starts).doesNotContain("10:00", "10:15", "10:30").contains("09:45", "10:45");
            assertThat(Salon.codes(e)).containsExactly(Reason.Code.SEGMENT_STAFF_UNAVAILABLE);
        }

        @Test
        void whenOneQualifiedStaffMemberIsBusyTheNextQualifiedOneByIdTakesTheSegment() {
            // given: Ben or Clara do segment C; Ben is busy
            Salon salon = salon().service(Salon.colour(PausePolicy.FREE, Map.of("C", Set.of(BEN, CLARA))))
                    .appointment("b1", work(BEN, TUESDAY, "11:00", "12:00"));

            // when
            Slot busyBen = salon.slotAt(at(TUESDAY, "10:00"), ANNA);
            Slot freeBen = salon.slotAt(at(TUESDAY, "13:00"), ANNA);

            // then
            assertThat(busyBen.segments().get(2).staff()).isEqualTo(CLARA);
            assertThat(freeBen.segments().get(2).staff()).isEqualTo(BEN);
        }

        @Test
        void theChosenStaffMemberDoesASegmentTheyAreQualifiedFor() {
            // given
            Salon salon = salon().service(Salon.colour(PausePolicy.FREE, Map.of("C", Set.of(ANNA, CLARA))));

            // when
            Slot slot = salon.slotAt(at(TUESDAY, "10:00"), CLARA);
            Slot annas = salon.slotAt(at(TUESDAY, "10:00"), ANNA);
            Slot bens = salon.slotAt(at(TUESDAY, "10:00"), BEN);

            // then
            assertThat(slot.segments()).extracting(SegmentAssignment::staff).containsOnly(CLARA);
            assertThat(annas.segments()).extracting(SegmentAssignment::staff).containsOnly(ANNA);
            assertThat(bens.segments()).extracting(SegmentAssignment::staff).containsExactly(BEN, BEN, ANNA, BEN);
        }

        @Test
        void aQualifiedStaffMemberMustBeWorkingAtTheSegmentsTime() {
            // given: Clara, the only one for C, starts work at 12:00
            Salon salon = salon().service(Salon.colour(PausePolicy.FREE, Map.of("C", Set.of(CLARA))))
                    .staffHours(CLARA, WeeklyHours.weekdays(LocalTimeWindow.of("12:00", "18:00")));

            // when
            List<String> starts = localStarts(salon.find(TUESDAY, ANNA));

            // then: C starts 1 h 30 after the customer
            assertThat(starts).first().isEqualTo("10:30");
        }
    }

}
