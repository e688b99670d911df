package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.ExternalCalendarChangesUseCase;
import dev.termin.booking.application.port.in.ExternalChangeOutcome;
import dev.termin.booking.application.port.in.ExternalChangeOutcome.Action;
import dev.termin.booking.application.port.in.ReconcileReport;
import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalBookingLedger;
import dev.termin.booking.application.port.out.ExternalBookingRecord;
import dev.termin.booking.application.port.out.ExternalBookingState;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.application.port.out.Transactions;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.appointment.ExternalRef;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies changes made in the external calendar to Termin, one at a time or a whole window at once
 * (reconciliation). Decides what a change means by comparing it with the appointment's last synced state (its
 * external references) and with the {@link ExternalBookingLedger}; the writes themselves are
 * {@link ExternalChangeWrites}'. Thread-safe.
 */
final class ExternalChangesService implements ExternalCalendarChangesUseCase {

    private final AppointmentRepository appointments;
    private final ExternalBookingLedger ledger;
    private final ExternalCalendar calendar;
    private final Transactions transactions;
    private final ExternalChangeWrites writes;
    private final ManualReview review;
    private final Clock clock;
    private final BookingMetrics metrics;

    ExternalChangesService(AppointmentRepository appointments, ExternalBookingLedger ledger,
            ExternalCalendar calendar, Transactions transactions, ExternalChangeWrites writes, ManualReview review,
            Clock clock, BookingMetrics metrics) {
        this.appointments = appointments;
        this.ledger = ledger;
        this.calendar = calendar;
        this.transactions = transactions;
        this.writes = writes;
        this.review = review;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public Result<ExternalChangeOutcome> apply(ExternalBookingState change) {
        Optional<ExternalBookingRecord> seen = ledger.find(change.tenant(), change.uid());
        if (seen.isPresent() && !change.changedAt().isAfter(seen.get().changedAt())) {
            return count(Result.ok(outcome(Action.STALE, change, seen.get().appointment(),
                    "a newer or the same change was applied already")));
        }
        return count(decide(change));
    }

    @Override
    public Result<ReconcileReport> reconcile(TenantId tenant, TimeInterval window) {
        CalendarOutcome<List<ExternalBookingState>> listed = calendar.bookings(tenant, window);
        if (!(listed instanceof CalendarOutcome.Done<List<ExternalBookingState>> done)) {
            String why = listed instanceof CalendarOutcome.Rejected<List<ExternalBookingState>> r
                    ? r.status() + " " + r.code() + " " + r.message()
                    : ((CalendarOutcome.Unreachable<List<ExternalBookingState>>) listed).reason();
            return Result.failure(ErrorCode.SERVICE_UNAVAILABLE, "The external calendar could not be read: " + why);
        }
        // a listing is the calendar's state now: applied regardless of the ledger's times, oldest change first
        List<ExternalBookingState> bookings = new ArrayList<>(done.value());
        bookings.sort(Comparator.comparing(ExternalBookingState::changedAt));
        List<ExternalChangeOutcome> changes = new ArrayList<>();
        for (ExternalBookingState b : bookings) {
            Result<ExternalChangeOutcome> r = count(decide(b));
            if (r instanceof Result.Success<ExternalChangeOutcome> s && s.value().action().changesTermin()) {
                changes.add(s.value());
            }
        }
        metrics.increment("termin.calendar.reconciliations", "changes", changes.isEmpty() ? "none" : "some");
        return Result.ok(new ReconcileReport(tenant, window, bookings.size(), changes));
    }

    @Override
    public List<Appointment> flaggedForReview(TenantId tenant) {
        return review.flagged(tenant);
    }

    @Override
    public Result<Appointment> resync(TenantId tenant, AppointmentId appointment, String note) {
        return review.resync(tenant, appointment, note);
    }

    @Override
    public Result<Appointment> clearReview(TenantId tenant, AppointmentId appointment, String note) {
        return review.clear(tenant, appointment, note);
    }

    private Result<ExternalChangeOutcome> count(Result<ExternalChangeOutcome> r) {
        if (r instanceof Result.Success<ExternalChangeOutcome> s) {
            metrics.increment("termin.calendar.changes", "action", s.value().action().code());
        }
        return r;
    }

    private Result<ExternalChangeOutcome> decide(ExternalBookingState c) {
        Optional<AppointmentId> target = c.appointment()
                .or(() -> linked(c.tenant(), c.uid()))
                .or(() -> c.previousUid().flatMap(p -> linked(c.tenant(), p)));
        Optional<Appointment> found = target.flatMap(id -> appointments.find(c.tenant(), id));
        if (found.isEmpty()) {
            if (!c.active()) {
                return remember(c, Optional.empty(), Action.IGNORED, "cancelled before Termin imported it");
            }
            if (c.madeByTermin()) {
                return remember(c, Optional.empty(), Action.IGNORED, "names appointment " + c.appointment().get()
                        + ", which Termin does not have");
            }
            return writes.importBooking(c);
        }
        Appointment a = found.get();
        String key = c.segmentKey().orElse(a.segments().get(0).key());
        Optional<ExternalRef> ref = a.sync().externalRefs().stream().filter(r -> r.segmentKey().equals(key))
                .findFirst();
        return c.active() ? activeBooking(c, a, key, ref) : cancelledBooking(c, a, ref);
    }

    private Result<ExternalChangeOutcome> cancelledBooking(ExternalBookingState c, Appointment a,
            Optional<ExternalRef> ref) {
        if (c.successorUid().isPresent()) {
            // replaced by a move: the successor carries the appointment on, unless (after lost deliveries) the
            // successor became an appointment of its own, which makes this one a duplicate
            boolean current = ref.map(r -> r.externalId().equals(c.uid())).orElse(false);
            Optional<AppointmentId> successor = linked(c.tenant(), c.successorUid().get());
            if (current && movable(a) && successor.isPresent() && !successor.get().equals(a.id())) {
                return writes.cancel(c, a);
            }
            return remember(c, Optional.of(a.id()), Action.UNCHANGED, "replaced by " + c.successorUid().get());
        }
        if (ref.isPresent() && !ref.get().externalId().equals(c.uid())) {
            return remember(c, Optional.of(a.id()), Action.UNCHANGED, "an earlier booking of the appointment");
        }
        if (!movable(a)) {
            return remember(c, Optional.of(a.id()), Action.UNCHANGED, "appointment is " + a.status().code());
        }
        return writes.cancel(c, a);
    }

    private Result<ExternalChangeOutcome> activeBooking(ExternalBookingState c, Appointment a, String key,
            Optional<ExternalRef> ref) {
        Optional<SegmentAssignment> segment = a.segments().stream().filter(s -> s.key().equals(key)).findFirst();
        if (segment.isEmpty()) {
            return remember(c, Optional.of(a.id()), Action.IGNORED, "segment " + key + " is not part of it");
        }
        Instant start = c.interval().start();
        if (ref.isPresent() && ref.get().externalId().equals(c.uid()) && ref.get().syncedStart().equals(start)) {
            // the calendar still shows what Termin last synced; a pending push of Termin's own change does the rest
            return remember(c, Optional.of(a.id()), Action.UNCHANGED, "as last synced");
        }
        if (!movable(a)) {
            return remember(c, Optional.of(a.id()), Action.UNCHANGED, "appointment is " + a.status().code()
                    + "; its pending sync brings the calendar in line");
        }
        if (segment.get().interval().start().equals(start)) {
            return writes.relink(c, a, key);
        }
        if (a.isComposite()) {
            return writes.flag(c, a, key, "Segment " + segment.get().label() + " of appointment " + a.id()
                    + " was moved in the external calendar to " + c.interval() + " (booking " + c.uid()
                    + "); a composite appointment is not moved by one segment.", Optional.empty());
        }
        return writes.move(c, a, key, segment.get());
    }

    private static boolean movable(Appointment a) {
        return a.status() == AppointmentStatus.BOOKED || a.status() == AppointmentStatus.CONFIRMED;
    }

    private Optional<AppointmentId> linked(TenantId tenant, String uid) {
        return ledger.find(tenant, uid).flatMap(ExternalBookingRecord::appointment);
    }

    private Result<ExternalChangeOutcome> remember(ExternalBookingState c, Optional<AppointmentId> appointment,
            Action action, String detail) {
        transactions.inTransaction(() -> {
            writes.record(c, appointment);
            return null;
        });
        return Result.ok(outcome(action, c, appointment, detail));
    }

    static ExternalChangeOutcome outcome(Action action, ExternalBookingState c, Optional<AppointmentId> appointment,
            String detail) {
        return new ExternalChangeOutcome(action, c.uid(), appointment, detail);
    }
}
