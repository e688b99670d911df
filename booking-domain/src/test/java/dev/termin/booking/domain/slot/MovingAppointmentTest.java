package dev.termin.booking.domain.slot;

import static dev.termin.booking.domain.slot.Salon.ANNA;
import static dev.termin.booking.domain.slot.Salon.BEN;
import static dev.termin.booking.domain.slot.Salon.CLARA;
import static dev.termin.booking.domain.slot.Salon.TUESDAY;
import static dev.termin.booking.domain.slot.Salon.at;
import static dev.termin.booking.domain.slot.Salon.codes;
import static dev.termin.booking.domain.slot.Salon.localStarts;
import static dev.termin.booking.domain.slot.Salon.salon;
import static dev.termin.booking.domain.slot.Salon.work;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.slot.Reason.Code;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Asking for free times while moving an appointment: its own occupancies do not block, everything else still
 * does. Anna works 10:00–11:30 on Tuesday and has appointment {@code a-1} at 10:00 (cut until 10:30, buffer to
 * 10:45).
 */
class MovingAppointmentTest {

    private static Salon annaWithOneAppointment() {
        return salon().staffHours(ANNA, WeeklyHours.weekdays(LocalTimeWindow.of("10:00", "11:30")))
                .appointment("a-1", work(ANNA, TUESDAY, "10:00", "10:45"));
    }

    private static List<Slot> find(Salon salon, Optional<String> moving) {
        SlotQuery query = new SlotQuery(TUESDAY, TUESDAY, Optional.of(ANNA), Optional.empty());
        return SlotSearch.find(salon.context(), moving.map(query::moving).orElse(query));
    }

    @Test
    void withoutMoving_theAppointmentsOwnTimeIsBusy() {
        // given / when
        List<Slot> slots = find(annaWithOneAppointment(), Optional.empty());

        // then
        assertThat(localStarts(slots)).containsExactly("10:45", "11:00");
    }

    @Test
    void movingTheAppointment_offersItsOwnTimeAsFree() {
        // given / when
        List<Slot> slots = find(annaWithOneAppointment(), Optional.of("a-1"));

        // then
        assertThat(localStarts(slots)).containsExactly("10:00", "10:15", "10:30", "10:45", "11:00");
    }

    @Test
    void movingOneAppointment_otherAppointmentsStillBlock() {
        // given
        Salon salon = annaWithOneAppointment().appointment("a-2", work(ANNA, TUESDAY, "10:45", "11:15"));

        // when
        List<Slot> slots = find(salon, Optional.of("a-1"));

        // then: 10:15 would run (with buffer) into a-2 at 10:45
        assertThat(localStarts(slots)).containsExactly("10:00");
    }

    @Test
    void explainWhileMoving_isBookableAtTheOwnTimeAndStillNamesOtherConflicts() {
        // given
        Salon salon = annaWithOneAppointment().appointment("a-2", work(ANNA, TUESDAY, "11:00", "11:30"));

        // when
        Explanation own = SlotSearch.explain(salon.context(), at(TUESDAY, "10:00"), Optional.of(ANNA),
                Optional.empty(), Optional.of("a-1"));
        Explanation other = SlotSearch.explain(salon.context(), at(TUESDAY, "10:45"), Optional.of(ANNA),
                Optional.empty(), Optional.of("a-1"));
        Explanation notMoving = SlotSearch.explain(salon.context(), at(TUESDAY, "10:00"), Optional.of(ANNA),
                Optional.empty());

        // then
        assertThat(own.bookable()).isTrue();
        assertThat(codes(other)).containsExactly(Code.APPOINTMENT_CONFLICT);
        assertThat(other.reasons().get(0).reference()).contains("a-2");
        assertThat(codes(notMoving)).containsExactly(Code.APPOINTMENT_CONFLICT);
    }

    @Test
    void nearestWhileMoving_offersTheAppointmentsOwnStartFirst() {
        // given
        Salon salon = annaWithOneAppointment();

        // when
        List<Slot> slots = SlotSearch.nearest(salon.context(), at(TUESDAY, "10:00"), 1, Optional.of(ANNA),
                Optional.empty(), Optional.of("a-1"), 0);

        // then
        assertThat(localStarts(slots)).containsExactly("10:00");
    }

    @Test
    void movingAnAppointment_doesNotCountItsMinutesForTheAnyStaffChoice() {
        // given: Anna holds a-1 (45 min) and Ben a 30-minute appointment elsewhere in the day; Clara is away
        Salon salon = salon().inactive(CLARA)
                .appointment("a-1", work(ANNA, TUESDAY, "09:00", "09:45"))
                .appointment("b-1", work(BEN, TUESDAY, "16:00", "16:30"));

        // when
        Explanation notMoving = SlotSearch.explain(salon.context(), at(TUESDAY, "12:00"), Optional.empty(),
                Optional.empty());
        Explanation moving = SlotSearch.explain(salon.context(), at(TUESDAY, "12:00"), Optional.empty(),
                Optional.empty(), Optional.of("a-1"));

        // then: while a-1 counts Ben is less booked; moving it leaves Anna with no booked minutes
        assertThat(notMoving.slot()).get().extracting(Slot::staff).isEqualTo(BEN);
        assertThat(moving.slot()).get().extracting(Slot::staff).isEqualTo(ANNA);
    }

    @Test
    void anotherOwnersHoldStillBlocksWhileMoving() {
        // given
        Salon salon = annaWithOneAppointment().hold("h-1", "call-9", work(ANNA, TUESDAY, "10:00", "10:30"));

        // when
        Explanation e = SlotSearch.explain(salon.context(), at(TUESDAY, "10:00"), Optional.of(ANNA),
                Optional.of("call-1"), Optional.of("a-1"));

        // then
        assertThat(codes(e)).containsExactly(Code.HELD_BY_OTHER_OWNER);
    }
}
