package dev.termin.booking.domain.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HoldTest {

    static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    static final StaffId MARIA = StaffId.of("maria");

    static Hold place(String owner) {
        TimeInterval t = TimeInterval.of(Instant.parse("2026-06-17T08:00:00Z"), Duration.ofMinutes(30));
        Slot slot = new Slot(t, MARIA, List.of(new SegmentAssignment("main", "Cut", 1, 1, MARIA, t)),
                List.of(new Occupancy(MARIA, t, OccupancyKind.WORK)));
        return Hold.place(new HoldToken(UUID.randomUUID()), TenantId.of("t"), BranchId.of("b"), ServiceId.of("cut"),
                owner, slot, NOW, Duration.ofMinutes(5));
    }

    @Test
    void aPlacedHoldIsActiveUntilItsExpiryAndThenBlocksNobody() {
        Hold hold = place("call-1");
        assertThat(hold.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(hold.isActiveAt(NOW.plus(Duration.ofMinutes(4)))).isTrue();
        assertThat(hold.isActiveAt(hold.expiresAt())).isFalse();
        assertThat(hold.blocks("call-2", NOW)).isTrue();
        assertThat(hold.blocks("call-2", hold.expiresAt())).isFalse();
    }

    @Test
    void aHoldNeverBlocksItsOwnOwner() {
        assertThat(place("call-1").blocks("call-1", NOW)).isFalse();
    }

    @Test
    void convertingLinksTheAppointmentAndEndsTheHold() {
        Hold converted = place("call-1").convert(AppointmentId.of("a-1"), NOW.plusSeconds(30));
        assertThat(converted.status()).isEqualTo(HoldStatus.CONVERTED);
        assertThat(converted.convertedTo()).contains(AppointmentId.of("a-1"));
        assertThat(converted.closedAt()).contains(NOW.plusSeconds(30));
        assertThat(converted.isActiveAt(NOW)).isFalse();
    }

    @Test
    void onlyAnActiveHoldCanBeConvertedCancelledOrExpired() {
        Hold cancelled = place("call-1").cancel("changed mind", NOW);
        assertThat(cancelled.cancelReason()).contains("changed mind");
        assertThatThrownBy(() -> cancelled.convert(AppointmentId.of("a"), NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(cancelled::expire).isInstanceOf(IllegalStateException.class);
        assertThat(place("call-1").expire().closedAt()).contains(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aHoldMustExpireAfterItIsCreatedAndNameItsOwner() {
        Hold h = place("call-1");
        assertThatThrownBy(() -> new Hold(h.token(), h.tenant(), h.branch(), h.service(), h.staff(), h.owner(),
                h.interval(), h.segments(), h.occupancies(), NOW, NOW, h.status(), h.convertedTo(), h.cancelReason(),
                h.closedAt())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> place(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
