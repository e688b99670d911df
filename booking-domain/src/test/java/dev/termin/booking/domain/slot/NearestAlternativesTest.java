package dev.termin.booking.domain.slot;

import static dev.termin.booking.domain.slot.Salon.ANNA;
import static dev.termin.booking.domain.slot.Salon.BERLIN;
import static dev.termin.booking.domain.slot.Salon.MONDAY;
import static dev.termin.booking.domain.slot.Salon.TUESDAY;
import static dev.termin.booking.domain.slot.Salon.WEDNESDAY;
import static dev.termin.booking.domain.slot.Salon.at;
import static dev.termin.booking.domain.slot.Salon.between;
import static dev.termin.booking.domain.slot.Salon.salon;
import static dev.termin.booking.domain.slot.Salon.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.catalogue.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearestAlternativesTest {

    private static List<Slot> nearest(Salon salon, Instant around, int limit, int maxDays) {
        return SlotSearch.nearest(salon.context(), around, limit, Optional.of(ANNA), Optional.empty(), maxDays);
    }

    /** "Tue 13:00" style labels of the slots' local starts. */
    private static List<String> labels(List<Slot> slots) {
        return slots.stream().map(s -> {
            var local = s.start().atZone(BERLIN);
            return local.getDayOfWeek().name().substring(0, 3) + " " + local.toLocalTime();
        }).toList();
    }

    @Test
    void onTheSameDayAlternativesAreOrderedByDistanceInBothDirections() {
        // given: Anna is busy 11:00-13:00, so cuts (45 min with buffer) fit until 10:15 and from 13:00
        Salon salon = salon().appointment("apt-1", work(ANNA, TUESDAY, "11:00", "13:00"));

        // when
        List<Slot> slots = nearest(salon, at(TUESDAY, "12:00"), 6, 3);

        // then: 60, 75, 90, 105 (10:15 before 13:45 on a tie), 105, 120 minutes away
        assertThat(labels(slots)).containsExactly("TUE 13:00", "TUE 13:15", "TUE 13:30", "TUE 10:15", "TUE 13:45",
                "TUE 10:00");
    }

    @Test
    void aFreeRequestedStartIsItsOwnNearestAlternative() {
        // given / when
        List<Slot> slots = nearest(salon(), at(TUESDAY, "12:00"), 3, 1);

        // then
        assertThat(labels(slots)).containsExactly("TUE 12:00", "TUE 11:45", "TUE 12:15");
    }

    @Test
    void furtherDaysFollowInBothDirectionsOrderedByDistance() {
        // given: Anna is off all Tuesday
        Salon salon = salon().timeOff(ANNA, between(TUESDAY, "00:00", "23:59"));

        // when: from Tuesday 13:30, Wednesday 09:00 is 19.5 h away, Monday 17:30 is 20 h
        List<Slot> slots = nearest(salon, at(TUESDAY, "13:30"), 5, 3);

        // then
        assertThat(labels(slots)).containsExactly("WED 09:00", "WED 09:15", "MON 17:30", "WED 09:30", "MON 17:15");
    }

    @Test
    void slotsOfTheSameDayComeFirstEvenWhenTheNextDayIsCloser() {
        // given: on Tuesday only 09:00 is free for Anna
        Salon salon = salon().appointment("apt-1", work(ANNA, TUESDAY, "09:45", "18:00"));

        // when: asked for Tuesday 23:30, Wednesday 09:00 is closer than Tuesday 09:00
        List<Slot> slots = nearest(salon, at(TUESDAY, "23:30"), 2, 3);

        // then
        assertThat(labels(slots)).containsExactly("TUE 09:00", "WED 09:00");
    }

    @Test
    void noAlternativesBeyondMaxDays() {
        // given: Anna is off from Monday to Wednesday
        Salon salon = salon().timeOff(ANNA, between(MONDAY, "00:00", "23:59"))
                .timeOff(ANNA, between(TUESDAY, "00:00", "23:59"))
                .timeOff(ANNA, between(WEDNESDAY, "00:00", "23:59"));

        // when / then
        assertThat(nearest(salon, at(TUESDAY, "12:00"), 5, 1)).isEmpty();
        assertThat(labels(nearest(salon, at(TUESDAY, "12:00"), 2, 2))).containsExactly("THU 09:00", "THU 09:15");
    }

    @Test
    void theLimitIsRespectedAcrossDays() {
        // given / when
        List<Slot> slots = nearest(salon(), at(TUESDAY, "12:00"), 100, 1);

        // then: 35 starts on each of Monday, Tuesday and Wednesday
        assertThat(slots).hasSize(100);
        assertThat(slots.subList(0, 35)).allSatisfy(s ->
                assertThat(s.start().atZone(BERLIN).toLocalDate()).isEqualTo(TUESDAY));
    }

    @Test
    void anUnqualifiedStaffMemberHasNoAlternativesAndTheLimitIsChecked() {
        // given
        Salon salon = salon();

        // when / then
        assertThat(SlotSearch.nearest(salon.context(), at(TUESDAY, "12:00"), 3, Optional.of(StaffId.of("x")),
                Optional.empty(), 3)).isEmpty();
        assertThatThrownBy(() -> nearest(salon, at(TUESDAY, "12:00"), 0, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> nearest(salon, at(TUESDAY, "12:00"), 101, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
