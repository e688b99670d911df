package dev.termin.booking.domain.slot;

import static dev.termin.booking.domain.slot.Salon.ANNA;
import static dev.termin.booking.domain.slot.Salon.BEN;
import static dev.termin.booking.domain.slot.Salon.TUESDAY;
import static dev.termin.booking.domain.slot.Salon.between;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.domain.catalogue.StaffId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OccupancyTest {

    private static Occupancy occ(StaffId who, String from, String to, OccupancyKind kind) {
        return new Occupancy(who, between(TUESDAY, from, to), kind);
    }

    @Test
    void overlappingWorkOfOneStaffMemberConflictsBothWays() {
        // given
        Occupancy a = occ(ANNA, "10:00", "10:45", OccupancyKind.WORK);
        Occupancy b = occ(ANNA, "10:30", "11:00", OccupancyKind.WORK);

        // when / then
        assertThat(a.conflictsWith(b)).isTrue();
        assertThat(b.conflictsWith(a)).isTrue();
    }

    @Test
    void backToBackWorkAndWorkOfDifferentStaffDoNotConflict() {
        // given
        Occupancy a = occ(ANNA, "10:00", "10:45", OccupancyKind.WORK);

        // when / then
        assertThat(a.conflictsWith(occ(ANNA, "10:45", "11:00", OccupancyKind.WORK))).isFalse();
        assertThat(a.conflictsWith(occ(BEN, "10:00", "10:45", OccupancyKind.WORK))).isFalse();
    }

    @Test
    void aBlockedPauseConflictsLikeWork() {
        // given
        Occupancy pause = occ(ANNA, "10:30", "11:15", OccupancyKind.BLOCKED_PAUSE);

        // when / then
        assertThat(pause.conflictsWith(occ(ANNA, "10:30", "11:00", OccupancyKind.WORK))).isTrue();
        assertThat(occ(ANNA, "10:30", "11:00", OccupancyKind.WORK).conflictsWith(pause)).isTrue();
        assertThat(pause.conflictsWith(occ(ANNA, "11:00", "11:30", OccupancyKind.BLOCKED_PAUSE))).isTrue();
    }

    @Test
    void aFlexiblePauseAcceptsWorkEntirelyInsideItButNotPartlyOutside() {
        // given
        Occupancy pause = occ(ANNA, "10:30", "11:15", OccupancyKind.FLEXIBLE_PAUSE);

        // when / then
        assertThat(pause.conflictsWith(occ(ANNA, "10:30", "11:15", OccupancyKind.WORK))).isFalse();
        assertThat(occ(ANNA, "10:45", "11:00", OccupancyKind.WORK).conflictsWith(pause)).isFalse();
        assertThat(pause.conflictsWith(occ(ANNA, "11:00", "11:30", OccupancyKind.WORK))).isTrue();
        assertThat(occ(ANNA, "10:15", "10:45", OccupancyKind.WORK).conflictsWith(pause)).isTrue();
        assertThat(pause.conflictsWith(occ(ANNA, "10:00", "12:00", OccupancyKind.BLOCKED_PAUSE))).isTrue();
    }

    @Test
    void twoFlexiblePausesNeverConflict() {
        // given
        Occupancy a = occ(ANNA, "10:30", "11:15", OccupancyKind.FLEXIBLE_PAUSE);
        Occupancy b = occ(ANNA, "11:00", "11:45", OccupancyKind.FLEXIBLE_PAUSE);

        // when / then
        assertThat(a.conflictsWith(b)).isFalse();
        assertThat(b.conflictsWith(a)).isFalse();
    }

    @Test
    void aHoldBlocksEverybodyButItsOwner() {
        // given
        BusyTime hold = BusyTime.hold(occ(ANNA, "10:00", "10:30", OccupancyKind.WORK), "token", "call-1");
        BusyTime appointment = BusyTime.appointment(occ(ANNA, "10:00", "10:30", OccupancyKind.WORK), "apt-1");

        // when / then
        assertThat(hold.blocks(Optional.of("call-1"))).isFalse();
        assertThat(hold.blocks(Optional.of("call-2"))).isTrue();
        assertThat(hold.blocks(Optional.empty())).isTrue();
        assertThat(appointment.blocks(Optional.of("call-1"))).isTrue();
    }

    @Test
    void occupancyKindsHaveStableCodes() {
        // given / when / then
        assertThat(OccupancyKind.fromCode("flexible_pause")).isEqualTo(OccupancyKind.FLEXIBLE_PAUSE);
        assertThat(OccupancyKind.BLOCKED_PAUSE.code()).isEqualTo("blocked_pause");
        assertThat(OccupancyKind.FLEXIBLE_PAUSE.isExclusive()).isFalse();
        assertThat(OccupancyKind.BLOCKED_PAUSE.isExclusive()).isTrue();
    }
}
