package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.IdGenerator;
import dev.termin.booking.application.port.out.Outbox;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.SyncState;
import dev.termin.booking.domain.appointment.SyncStatus;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Appointments a person must look at: listing them, pushing Termin's version to the calendar again (re-sync), or
 * clearing the flag with a note. Both clear the flag under the appointment's staff locks. Thread-safe.
 */
final class ManualReview {

    private static final int MAX_NOTE = 500;

    private final AppointmentRepository appointments;
    private final Outbox outbox;
    private final BookingWriter writer;
    private final FlowRecorder flow;
    private final IdGenerator ids;
    private final Clock clock;

    ManualReview(AppointmentRepository appointments, Outbox outbox, BookingWriter writer, FlowRecorder flow,
            IdGenerator ids, Clock clock) {
        this.appointments = appointments;
        this.outbox = outbox;
        this.writer = writer;
        this.flow = flow;
        this.ids = ids;
        this.clock = clock;
    }

    List<Appointment> flagged(TenantId tenant) {
        return appointments.findSyncRelevant(tenant, clock.instant()).stream()
                .filter(a -> a.sync().manualReview())
                .sorted(Comparator.comparing(Appointment::updatedAt).thenComparing(Appointment::id))
                .toList();
    }

    Result<Appointment> resync(TenantId tenant, AppointmentId id, String note) {
        return change(tenant, id, note, "review.resynced", true);
    }

    Result<Appointment> clear(TenantId tenant, AppointmentId id, String note) {
        return change(tenant, id, note, "review.cleared", false);
    }

    private Result<Appointment> change(TenantId tenant, AppointmentId id, String note, String step, boolean push) {
        if (note == null || note.isBlank() || note.length() > MAX_NOTE) {
            return Result.failure(ErrorCode.INVALID_DATA, "A note of 1 to " + MAX_NOTE + " characters is required.");
        }
        Optional<Appointment> found = appointments.find(tenant, id);
        if (found.isEmpty()) {
            return Result.failure(ErrorCode.NOT_FOUND, "Appointment " + id + " does not exist.");
        }
        if (!found.get().sync().manualReview()) {
            return Result.failure(ErrorCode.INVALID_STATE, "Appointment " + id + " is not flagged for review.");
        }
        if (push && found.get().sync().status() == SyncStatus.NOT_REQUIRED) {
            return Result.failure(ErrorCode.INVALID_STATE, "The tenant has no external calendar to sync with.");
        }
        return writer.write(new WriteIntent.Release(tenant, found.get().occupancies()), "review:" + id,
                now -> Result.ok(appointments.find(tenant, id).orElseThrow()), (current, fence, now) -> {
                    SyncState s = current.sync();
                    SyncState next = push
                            ? new SyncState(SyncStatus.PENDING, 0, Optional.of(note), false, s.lastAttemptAt(),
                                    s.externalRefs())
                            : new SyncState(s.status(), s.attempts(), Optional.of(note), false, s.lastAttemptAt(), s.externalRefs());
                    Appointment stored = current.withSync(next, now);
                    appointments.update(stored);
                    if (push) {
                        outbox.enqueue(OutboxMessage.of(ids.newId(), tenant, OutboxMessage.Kind.CALENDAR_SYNC, id,
                                "", now));
                    }
                    flow.record(tenant, current.correlationId(), step, "appointment " + id);
                    return Result.ok(stored);
                });
    }
}
