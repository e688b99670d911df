package dev.termin.booking.domain.slot;

import static dev.termin.booking.domain.slot.Salon.ANNA;
import static dev.termin.booking.domain.slot.Salon.BEN;
import static dev.termin.booking.domain.slot.Salon.CLARA;
import static dev.termin.booking.domain.slot.Salon.COLOUR;
import static dev.termin.booking.domain.slot.Salon.CUT;
import static dev.termin.booking.domain.slot.Salon.TUESDAY;
import static dev.termin.booking.domain.slot.Salon.WEDNESDAY;
import static dev.termin.booking.domain.slot.Salon.at;
import static dev.termin.booking.domain.slot.Salon.codes;
import static dev.termin.booking.domain.slot.Salon.localStarts;
import static dev.termin.booking.domain.slot.Salon.salon;
import static dev.termin.booking.domain.slot.Salon.work;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.policy.BookingLimits;
import dev.termin.booking.domain.slot.Reason.Code;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Daily limits per staff member and per service, and the minimum gap between a staff member's appointments. */
class DailyLimitsTest {

    /** Only Anna works; she has two cuts on Tuesday morning. */
    private static Salon annaWithTwoCuts() {
        return salon().inactive(BEN).inactive(CLARA)
                .appointmentOf(CUT, "a-1", work(ANNA, TUESDAY, "09:00", "09:45"))
                .appointmentOf(CUT, "a-2", work(ANNA, TUESDAY, "10:00", "10:45"));
    }

    @Test
    void aStaffMemberWithTheMaximumNumberOfAppointmentsThatDayIsNotOfferedAgain() {
        // given
        Salon salon = annaWithTwoCuts().limits(BookingLimits.NONE.withStaffAppointmentsPerDay(2));

        // when
        Explanation e = salon.explain(at(TUESDAY, "14:00"), ANNA);

        // then
        assertThat(salon.find(TUESDAY)).isEmpty();
        assertThat(salon.find(WEDNESDAY)).isNotEmpty();
        assertThat(codes(e)).containsExactly(Code.STAFF_DAILY_APPOINTMENTS);
        assertThat(e.reasons().get(0).staff()).contains(ANNA);
        assertThat(e.reasons().get(0).message()).contains("At most 2");
    }

    @Test
    void belowTheStaffMaximumTheDayStaysBookable() {
        // given
        Salon salon = annaWithTwoCuts().limits(BookingLimits.NONE.withStaffAppointmentsPerDay(3));

        // when / then
        assertThat(salon.explain(at(TUESDAY, "14:00"), ANNA).bookable()).isTrue();
    }

    @Test
    void anotherOwnersHoldCountsButTheAskersOwnHoldDoesNot() {
        // given: Anna has one appointment and one hold of call-9
        Salon salon = salon().inactive(BEN).inactive(CLARA)
                .appointment("a-1", work(ANNA, TUESDAY, "09:00", "09:45"))
                .hold("h-1", "call-9", work(ANNA, TUESDAY, "10:00", "10:45"))
                .limits(BookingLimits.NONE.withStaffAppointmentsPerDay(2));

        // when / then
        assertThat(codes(salon.explainFor(at(TUESDAY, "14:00"), ANNA, "call-1")))
                .containsExactly(Code.STAFF_DAILY_APPOINTMENTS);
        assertThat(salon.explainFor(at(TUESDAY, "14:00"), ANNA, "call-9").bookable()).isTrue();
    }

    @Test
    void movingAnAppointmentFreesItsPlaceInTheDailyCount() {
        // given
        Salon salon = annaWithTwoCuts().limits(BookingLimits.NONE.withStaffAppointmentsPerDay(2));

        // when
        Explanation e = SlotSearch.explain(salon.context(), at(TUESDAY, "14:00"), Optional.of(ANNA),
                Optional.empty(), Optional.of("a-1"));

        // then
        assertThat(e.bookable()).isTrue();
    }

    @Test
    void aStaffMemberWhoseBookedMinutesWouldPassTheMaximumIsNotOffered() {
        // given: 90 minutes booked (buffers included); a cut takes 45 more
        Salon salon = annaWithTwoCuts().limits(BookingLimits.NONE.withStaffMinutesPerDay(Duration.ofMinutes(120)));

        // when
        Explanation e = salon.explain(at(TUESDAY, "14:00"), ANNA);

        // then
        assertThat(codes(e)).containsExactly(Code.STAFF_DAILY_MINUTES);
        assertThat(e.reasons().get(0).message()).contains("120").contains("90");
        assertThat(annaWithTwoCuts().limits(BookingLimits.NONE.withStaffMinutesPerDay(Duration.ofMinutes(135)))
                .explain(at(TUESDAY, "14:00"), ANNA).bookable()).isTrue();
    }

    @Test
    void anyStaffPassesOverTheLeastBookedStaffMemberWhenTheyAreAtTheLimit() {
        // given: Anna has two short appointments (40 minutes), Ben one long one (120 minutes); at most two a day
        Salon salon = salon().inactive(CLARA)
                .appointment("a-1", work(ANNA, TUESDAY, "09:00", "09:20"))
                .appointment("a-2", work(ANNA, TUESDAY, "09:20", "09:40"))
                .appointment("b-1", work(BEN, TUESDAY, "09:00", "11:00"))
                .limits(BookingLimits.NONE.withStaffAppointmentsPerDay(2));

        // when
        Explanation e = salon.explain(at(TUESDAY, "14:00"));

        // then: without the limit Anna (fewer minutes) would get it
        assertThat(e.slot()).get().extracting(Slot::staff).isEqualTo(BEN);
        assertThat(salon.find(TUESDAY)).extracting(Slot::staff).containsOnly(BEN);
        assertThat(salon.limits(BookingLimits.NONE).explain(at(TUESDAY, "14:00")).slot()).get()
                .extracting(Slot::staff).isEqualTo(ANNA);
    }

    @Test
    void aServiceAtItsDailyMaximumIsNotOfferedWhateverTheStaff() {
        // given: two cuts and one colour booked on Tuesday; at most two cuts a day
        Salon salon = salon()
                .appointmentOf(CUT, "a-1", work(ANNA, TUESDAY, "09:00", "09:45"))
                .appointmentOf(CUT, "b-1", work(BEN, TUESDAY, "09:00", "09:45"))
                .appointmentOf(COLOUR, "c-1", work(CLARA, TUESDAY, "09:00", "11:00"))
                .limits(BookingLimits.NONE.withServiceAppointmentsPerDay(2));

        // when
        Explanation e = salon.explain(at(TUESDAY, "14:00"));

        // then
        assertThat(salon.find(TUESDAY)).isEmpty();
        assertThat(salon.find(WEDNESDAY)).isNotEmpty();
        assertThat(codes(e)).containsExactly(Code.SERVICE_DAILY_APPOINTMENTS);
        assertThat(e.reasons().get(0).staff()).isEmpty();
    }

    @Test
    void theMinimumGapKeepsFreeTimeBetweenAStaffMembersAppointments() {
        // given: a-1 occupies 10:00–10:45; 15 minutes must stay free around it
        Salon salon = salon().inactive(BEN).inactive(CLARA)
                .appointment("a-1", work(ANNA, TUESDAY, "10:00", "10:45"))
                .limits(BookingLimits.NONE.withMinimumGap(Duration.ofMinutes(15)));

        // when
        Explanation tooClose = salon.explain(at(TUESDAY, "10:45"), ANNA);
        Explanation before = salon.explain(at(TUESDAY, "09:00"), ANNA);

        // then: a cut occupies 45 minutes (buffer included), so the last start before is 09:00 (free from 09:45)
        // and the first after is 11:00
        assertThat(localStarts(salon.find(TUESDAY))).startsWith("09:00", "11:00");
        assertThat(codes(tooClose)).containsExactly(Code.MINIMUM_GAP);
        assertThat(tooClose.reasons().get(0).reference()).contains("a-1");
        assertThat(before.bookable()).isTrue();
    }

    @Test
    void aHoldTooCloseBreaksTheGapWithoutBeingNamed() {
        // given
        Salon salon = salon().inactive(BEN).inactive(CLARA)
                .hold("h-1", "call-9", work(ANNA, TUESDAY, "10:00", "10:45"))
                .limits(BookingLimits.NONE.withMinimumGap(Duration.ofMinutes(15)));

        // when
        Explanation e = salon.explainFor(at(TUESDAY, "10:45"), ANNA, "call-1");

        // then
        assertThat(codes(e)).containsExactly(Code.MINIMUM_GAP);
        assertThat(e.reasons().get(0).reference()).isEmpty();
        assertThat(e.reasons().get(0).message()).doesNotContain("h-1").contains("another booking");
    }

    @Test
    void theMinimumGapIgnoresExternalCalendarBusyTime() {
        // given
        Salon salon = salon().inactive(BEN).inactive(CLARA)
                .external("ext-1", work(ANNA, TUESDAY, "10:00", "10:45"))
                .limits(BookingLimits.NONE.withMinimumGap(Duration.ofMinutes(15)));

        // when / then
        assertThat(salon.explain(at(TUESDAY, "10:45"), ANNA).bookable()).isTrue();
    }

    @Test
    void limitsAreCheckedOnlyWhenSetAndAnOffLimitIsNeverBelowOne() {
        // given / when / then
        assertThat(annaWithTwoCuts().find(TUESDAY)).isNotEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BookingLimits.NONE.withStaffAppointmentsPerDay(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("staffAppointmentsPerDay");
    }

    @Test
    void aServicesOwnDailyMaximumReplacesTheCompanysDefault() {
        // given: the company allows five of any service a day; the cut only one
        BookingLimits company = BookingLimits.NONE.withServiceAppointmentsPerDay(5).withMinimumGap(
                Duration.ofMinutes(5));
        Salon salon = salon().service(Salon.cut().withMaxPerDay(1))
                .appointmentOf(CUT, "a-1", work(ANNA, TUESDAY, "09:00", "09:45"));

        // when
        BookingLimits forCut = salon.context().service().limitsUnder(company);
        salon.limits(forCut);

        // then
        assertThat(forCut.serviceAppointmentsPerDay()).contains(1);
        assertThat(forCut.minimumGap()).isEqualTo(Duration.ofMinutes(5));
        assertThat(Salon.cut().limitsUnder(company)).isEqualTo(company);
        assertThat(codes(salon.explain(at(TUESDAY, "14:00")))).containsExactly(Code.SERVICE_DAILY_APPOINTMENTS);
    }
}
