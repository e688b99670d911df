package dev.termin.booking.domain.slot;

import static dev.termin.booking.domain.slot.Salon.ANNA;
import static dev.termin.booking.domain.slot.Salon.BEN;
import static dev.termin.booking.domain.slot.Salon.CLARA;
import static dev.termin.booking.domain.slot.Salon.COLOUR;
import static dev.termin.booking.domain.slot.Salon.TENANT;
import static dev.termin.booking.domain.slot.Salon.TUESDAY;
import static dev.termin.booking.domain.slot.Salon.at;
import static dev.termin.booking.domain.slot.Salon.codes;
import static dev.termin.booking.domain.slot.Salon.salon;
import static dev.termin.booking.domain.slot.Salon.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.catalogue.CompositeDefinition;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import dev.termin.booking.domain.policy.BookingLimits;
import dev.termin.booking.domain.slot.Reason.Code;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Services and segments that need several staff at the same time (bridal hair and make-up). */
class SeveralStaffTest {

    /** A 60-minute plain service without buffers done by two staff at once. */
    private static Service forTwo() {
        return Salon.plain(60).withStaffCount(2);
    }

    @Test
    void aServiceForTwoIsOfferedWithTheLeadAndOneMoreStaffMemberBothOccupied() {
        // given
        Salon salon = salon().inactive(CLARA).service(forTwo());

        // when
        Slot slot = salon.slotAt(at(TUESDAY, "10:00"), ANNA);

        // then
        assertThat(slot.staff()).isEqualTo(ANNA);
        assertThat(slot.segments().get(0).together()).containsExactly(BEN);
        assertThat(slot.segments().get(0).allStaff()).containsExactly(ANNA, BEN);
        assertThat(slot.occupancies()).containsExactlyInAnyOrder(work(ANNA, TUESDAY, "10:00", "11:00"),
                work(BEN, TUESDAY, "10:00", "11:00"));
    }

    @Test
    void withOnlyOneStaffMemberFreeTheTimeIsNotOfferedAndExplainSaysNotEnoughStaff() {
        // given: Ben is busy 10:30–11:00, Clara is away
        Salon salon = salon().inactive(CLARA).service(forTwo())
                .appointment("b-1", work(BEN, TUESDAY, "10:30", "11:00"));

        // when
        Explanation e = salon.explain(at(TUESDAY, "10:00"), ANNA);

        // then
        assertThat(codes(e)).containsExactly(Code.NOT_ENOUGH_STAFF);
        assertThat(e.reasons().get(0).message()).contains("needs 2 staff");
        assertThat(Salon.localStarts(salon.find(TUESDAY))).doesNotContain("09:45", "10:00", "10:15", "10:30",
                "10:45").contains("09:30", "11:00");
    }

    @Test
    void anyStaffTakesTheLeastBookedAsLeadAndTheNextLeastBookedToHelp() {
        // given: booked minutes that day: Anna 60, Ben 0, Clara 30
        Salon salon = salon().service(forTwo())
                .appointment("a-1", work(ANNA, TUESDAY, "16:00", "17:00"))
                .appointment("c-1", work(CLARA, TUESDAY, "16:00", "16:30"));

        // when
        Slot slot = salon.explain(at(TUESDAY, "10:00")).slot().orElseThrow();

        // then
        assertThat(slot.staff()).isEqualTo(BEN);
        assertThat(slot.segments().get(0).together()).containsExactly(CLARA);
    }

    @Test
    void equallyBookedHelpersArePickedBySmallerId() {
        // given / when
        Slot slot = salon().service(forTwo().withStaffCount(3)).slotAt(at(TUESDAY, "10:00"), CLARA);

        // then
        assertThat(slot.segments().get(0).together()).containsExactly(ANNA, BEN);
    }

    @Test
    void aSegmentForTwoTakesItsHelperFromTheSegmentsQualifiedStaff() {
        // given: make-up (segment M) needs two of Ben and Clara; hair (H) by the customer's staff member
        Service bridal = Service.composite(COLOUR, TENANT, "Braut", new CompositeDefinition(List.of(
                WorkSegment.of("H", "Haare", 60),
                new WorkSegment("M", "Make-up", Duration.ofMinutes(30), Set.of(BEN, CLARA), 2)), PausePolicy.FREE),
                Money.euros(200)).withBuffers(Duration.ZERO, Duration.ZERO);
        Salon salon = salon().service(bridal);

        // when
        Slot slot = salon.slotAt(at(TUESDAY, "10:00"), ANNA);

        // then
        SegmentAssignment makeUp = slot.segments().get(1);
        assertThat(makeUp.allStaff()).containsExactly(BEN, CLARA);
        assertThat(slot.occupancies()).contains(work(BEN, TUESDAY, "11:00", "11:30"),
                work(CLARA, TUESDAY, "11:00", "11:30"));
        assertThat(codes(salon.appointment("c-1", work(CLARA, TUESDAY, "11:15", "11:45"))
                .explain(at(TUESDAY, "10:00"), ANNA))).containsExactly(Code.NOT_ENOUGH_STAFF);
    }

    @Test
    void everyStaffMemberWorkingTogetherCountsForTheDailyLimits() {
        // given: Ben has reached one appointment a day
        Salon salon = salon().inactive(CLARA).service(forTwo())
                .appointment("b-1", work(BEN, TUESDAY, "16:00", "16:30"))
                .limits(BookingLimits.NONE.withStaffAppointmentsPerDay(1));

        // when / then
        assertThat(salon.find(TUESDAY)).isEmpty();
        assertThat(codes(salon.explain(at(TUESDAY, "10:00"), ANNA))).containsExactly(Code.STAFF_DAILY_APPOINTMENTS);
    }

    @Test
    void aSegmentCannotNeedMoreStaffThanItListsAndACompositeSetsTheCountPerSegment() {
        // given / when / then
        assertThatThrownBy(() -> new WorkSegment("M", "Make-up", Duration.ofMinutes(30), Set.of(BEN), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lists only 1");
        assertThatThrownBy(() -> Salon.colour(PausePolicy.FREE).withStaffCount(2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per segment");
    }
}
