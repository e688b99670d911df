package dev.termin.booking.domain.slot;

import static dev.termin.booking.domain.slot.Salon.ANNA;
import static dev.termin.booking.domain.slot.Salon.BEN;
import static dev.termin.booking.domain.slot.Salon.CLARA;
import static dev.termin.booking.domain.slot.Salon.TUESDAY;
import static dev.termin.booking.domain.slot.Salon.at;
import static dev.termin.booking.domain.slot.Salon.between;
import static dev.termin.booking.domain.slot.Salon.codes;
import static dev.termin.booking.domain.slot.Salon.localStarts;
import static dev.termin.booking.domain.slot.Salon.salon;
import static dev.termin.booking.domain.slot.Salon.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.SchedulingSettings;
import dev.termin.booking.domain.catalogue.SchedulingSettings.BufferPlacement;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.SlotGrid;
import dev.termin.booking.domain.policy.BookingLimits;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.slot.Reason.Code;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Where buffers may lie, and the free-range grid. Only Anna works, 09:00–12:00. */
class DefaultsAndGridTest {

    private static Salon annaMornings() {
        return salon().inactive(BEN).inactive(CLARA)
                .staffHours(ANNA, WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "12:00")));
    }

    @Nested
    class BufferPlacementSetting {

        private final SchedulingSettings inWorkingTime = SchedulingSettings.DEFAULTS
                .withBufferPlacement(BufferPlacement.WORKING_TIME);

        @Test
        void byDefaultABufferMayReachPastTheEndOfWorkingHoursAndIntoABreak() {
            // given: the cut takes 30 minutes plus 15 after; a break 10:30–11:00
            Salon salon = annaMornings().breaks(ANNA, WeeklyHours.weekdays(LocalTimeWindow.of("10:30", "11:00")));

            // when / then
            assertThat(localStarts(salon.find(TUESDAY))).contains("10:00", "11:30");
        }

        @Test
        void withWorkingTimePlacementABufferMustNotFallIntoABreak() {
            // given
            Salon salon = annaMornings().breaks(ANNA, WeeklyHours.weekdays(LocalTimeWindow.of("10:30", "11:00")))
                    .scheduling(inWorkingTime);

            // when
            Explanation e = salon.explain(at(TUESDAY, "10:00"), ANNA);

            // then
            assertThat(codes(e)).containsExactly(Code.STAFF_BREAK);
            assertThat(localStarts(salon.find(TUESDAY))).containsExactly("09:00", "09:15", "09:30", "09:45",
                    "11:00", "11:15");
        }

        @Test
        void withWorkingTimePlacementABufferMustEndByTheEndOfWorkingHours() {
            // given
            Salon salon = annaMornings().scheduling(inWorkingTime);

            // when / then
            assertThat(localStarts(salon.find(TUESDAY))).endsWith("11:00", "11:15");
            assertThat(codes(salon.explain(at(TUESDAY, "11:30"), ANNA))).containsExactly(Code.OUTSIDE_STAFF_HOURS);
        }

        @Test
        void withWorkingTimePlacementABufferMustNotFallIntoTimeOff() {
            // given: a doctor's visit from 10:30
            Salon salon = annaMornings().timeOff(ANNA, between(TUESDAY, "10:30", "11:00")).scheduling(inWorkingTime);

            // when / then
            assertThat(codes(salon.explain(at(TUESDAY, "10:00"), ANNA))).containsExactly(Code.STAFF_TIME_OFF);
            assertThat(annaMornings().timeOff(ANNA, between(TUESDAY, "10:30", "11:00"))
                    .explain(at(TUESDAY, "10:00"), ANNA).bookable()).isTrue();
        }

        @Test
        void companiesGetNoDefaultBuffersUnlessTheyOptIn() {
            // given / when
            SchedulingSettings salonDefaults = SchedulingSettings.DEFAULTS.withDefaultBuffers(Duration.ZERO,
                    Duration.ofMinutes(15));

            // then
            assertThat(SchedulingSettings.DEFAULTS.defaultBufferBefore()).isZero();
            assertThat(SchedulingSettings.DEFAULTS.defaultBufferAfter()).isZero();
            assertThat(SchedulingSettings.DEFAULTS.bufferPlacement()).isEqualTo(BufferPlacement.ANYWHERE);
            assertThat(SchedulingSettings.DEFAULTS.limits()).isEqualTo(BookingLimits.NONE);
            assertThat(new Company(Salon.TENANT, "Salon", BookingPolicy.DEFAULTS).scheduling())
                    .isEqualTo(SchedulingSettings.DEFAULTS);
            assertThat(salonDefaults.defaultBufferAfter()).isEqualTo(Duration.ofMinutes(15));
        }
    }

    @Nested
    class FreeRangeGrid {

        /** A 50-minute service without buffers, every 50 minutes from the start of each free range. */
        private Service fifty() {
            return Salon.plain(50).withGrid(SlotGrid.FREE_RANGE, Duration.ofMinutes(50));
        }

        @Test
        void aFreeMorningIsPackedFromItsStart() {
            // given / when
            Salon salon = annaMornings().service(fifty());

            // then: 09:00, 09:50, 10:40 (ends 11:30); 11:30 would end after 12:00
            assertThat(localStarts(salon.find(TUESDAY))).containsExactly("09:00", "09:50", "10:40");
        }

        @Test
        void theFirstStartAfterAnAppointmentIsTheMomentItEnds() {
            // given: an appointment occupies 09:00–09:35
            Salon salon = annaMornings().service(fifty()).appointment("a-1", work(ANNA, TUESDAY, "09:00", "09:35"));

            // when
            Explanation offGrid = salon.explain(at(TUESDAY, "09:45"), ANNA);

            // then
            assertThat(localStarts(salon.find(TUESDAY))).containsExactly("09:35", "10:25");
            assertThat(salon.explain(at(TUESDAY, "09:35"), ANNA).bookable()).isTrue();
            assertThat(codes(offGrid)).containsExactly(Code.OFF_GRID);
            assertThat(offGrid.reasons().get(0).staff()).contains(ANNA);
        }

        @Test
        void movingTheAppointmentMovesTheGridBack() {
            // given
            Salon salon = annaMornings().service(fifty()).appointment("a-1", work(ANNA, TUESDAY, "09:00", "09:35"));

            // when
            var slots = SlotSearch.find(salon.context(), SlotQuery.days(TUESDAY, TUESDAY).moving("a-1"));

            // then
            assertThat(localStarts(slots)).containsExactly("09:00", "09:50", "10:40");
        }

        @Test
        void theBufferBeforeIsLeftFreeAtTheStartOfARange() {
            // given
            Salon salon = annaMornings().service(fifty().withBuffers(Duration.ofMinutes(10), Duration.ZERO));

            // when / then: the buffer 09:00–09:10, then every 50 minutes
            assertThat(localStarts(salon.find(TUESDAY))).containsExactly("09:10", "10:00", "10:50");
        }

        @Test
        void withAnyStaffEveryStaffMemberKeepsTheirOwnGrid() {
            // given: Ben works 09:20–12:00
            Salon salon = salon().inactive(CLARA).service(fifty())
                    .staffHours(ANNA, WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "12:00")))
                    .staffHours(BEN, WeeklyHours.weekdays(LocalTimeWindow.of("09:20", "12:00")));

            // when
            var slots = salon.find(TUESDAY);

            // then
            assertThat(localStarts(slots)).containsExactly("09:00", "09:20", "09:50", "10:10", "10:40", "11:00");
            assertThat(slots.stream().filter(s -> s.staff().equals(BEN)).map(s -> s.start()).toList())
                    .containsExactly(at(TUESDAY, "09:20"), at(TUESDAY, "10:10"), at(TUESDAY, "11:00"));
            assertThat(SlotSearch.explain(salon.context(), at(TUESDAY, "09:20"), Optional.empty(), Optional.empty())
                    .slot()).get().extracting(Slot::staff).isEqualTo(BEN);
        }

        @Test
        void onlyTheFreeRangeGridAllowsAnIntervalThatDoesNotDivideTheDay() {
            // given / when / then
            assertThatThrownBy(() -> Salon.plain(50).withGrid(SlotGrid.CLOCK, Duration.ofMinutes(50)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("divide a day");
            assertThat(fifty().slotInterval()).isEqualTo(Duration.ofMinutes(50));
        }
    }
}
