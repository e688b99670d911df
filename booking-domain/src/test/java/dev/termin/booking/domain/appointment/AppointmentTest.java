package dev.termin.booking.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    static final StaffId MARIA = StaffId.of("maria");

    static Slot slotAt(String start) {
        TimeInterval t = TimeInterval.of(Instant.parse(start), Duration.ofMinutes(30));
        return new Slot(t, MARIA, List.of(new SegmentAssignment("main", "Cut", 1, 1, MARIA, t)),
                List.of(new Occupancy(MARIA, t.expand(Duration.ZERO, Duration.ofMinutes(15)), OccupancyKind.WORK)));
    }

    static Appointment booked(SyncState sync) {
        return Appointment.book(AppointmentId.of("a-1"), TenantId.of("t"), BranchId.of("b"), ServiceId.of("cut"),
                slotAt("2026-06-17T08:00:00Z"), Customer.withPhone("Anna", "+4915112345678"), "", Source.PHONE, sync,
                false, "corr-1", Optional.empty(), 7, NOW);
    }

    @Test
    void aNewAppointmentIsBookedWithTheSlotsSegmentsAndOccupancies() {
        Appointment a = booked(SyncState.pending());
        assertThat(a.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(a.segments()).hasSize(1);
        assertThat(a.activeOccupancies()).hasSize(1);
        assertThat(a.isComposite()).isFalse();
        assertThat(a.fencingToken()).isEqualTo(7);
        assertThat(a.correlationId()).isEqualTo("corr-1");
    }

    @Test
    void aCancelledAppointmentOccupiesNothingAndMustBePushedAgain() {
        Appointment synced = booked(SyncState.pending()).withSync(SyncState.pending().synced(
                List.of(new ExternalRef("main", "cal-1", Instant.parse("2026-06-17T08:00:00Z"))), NOW), NOW);
        Appointment cancelled = synced.cancel("krank", NOW.plusSeconds(60));
        assertThat(cancelled.activeOccupancies()).isEmpty();
        assertThat(cancelled.sync().status()).isEqualTo(SyncStatus.PENDING);
        assertThat(cancelled.sync().externalRefs()).hasSize(1);
        assertThat(cancelled.cancellationReason()).contains("krank");
        assertThatThrownBy(() -> cancelled.cancel("again", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reschedulingMovesTheTimeCountsAndKeepsTheExternalBookingsToMove() {
        Appointment a = booked(SyncState.pending());
        Appointment moved = a.rescheduleTo(slotAt("2026-06-17T09:00:00Z"), 9, NOW);
        assertThat(moved.interval().start()).isEqualTo(Instant.parse("2026-06-17T09:00:00Z"));
        assertThat(moved.rescheduleCount()).isEqualTo(1);
        assertThat(moved.fencingToken()).isEqualTo(9);
        assertThat(moved.id()).isEqualTo(a.id());
    }

    @Test
    void anAppointmentWithoutExternalCalendarStaysNotRequiredThroughItsLifecycle() {
        Appointment a = booked(SyncState.notRequired());
        assertThat(a.cancel("", NOW).sync().status()).isEqualTo(SyncStatus.NOT_REQUIRED);
        assertThat(a.rescheduleTo(slotAt("2026-06-17T09:00:00Z"), 0, NOW).sync().status())
                .isEqualTo(SyncStatus.NOT_REQUIRED);
    }

    @Test
    void aFailedAttemptStaysPendingUntilTheLastOneWhichFlagsItForReview() {
        SyncState once = SyncState.pending().attemptFailed("timeout", NOW, false);
        SyncState last = once.attemptFailed("timeout", NOW, true);
        assertThat(once.status()).isEqualTo(SyncStatus.PENDING);
        assertThat(once.attempts()).isEqualTo(1);
        assertThat(last.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(last.manualReview()).isTrue();
        assertThat(SyncState.pending().attemptFailed("x".repeat(5000), NOW, false).lastError().orElseThrow())
                .hasSize(1000);
    }

    @Test
    void notesAreLimitedTo2000Characters() {
        Appointment a = booked(SyncState.pending());
        assertThatThrownBy(() -> new Appointment(a.id(), a.tenant(), a.branch(), a.service(), a.staff(), a.interval(),
                a.segments(), a.occupancies(), a.customer(), "x".repeat(2001), a.status(), a.source(), a.sync(),
                a.compositeGroupId(), 0, a.correlationId(), a.fromHold(), 0, NOW, NOW, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
