package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.AffectedAppointments;
import dev.termin.booking.application.port.in.AffectedAppointments.Action;
import dev.termin.booking.application.port.in.AppointmentUseCase;
import dev.termin.booking.application.port.in.CancelCommand;
import dev.termin.booking.application.port.in.FindAvailabilityUseCase;
import dev.termin.booking.application.port.in.RescheduleCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.result.Warning;
import dev.termin.booking.domain.slot.Explanation;
import dev.termin.booking.domain.slot.Reason;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Catalogue changes that never orphan a booking: which future active appointments a deletion affects, and doing
 * with them what the request says (refuse, cancel with notification, reassign after checking each is free); and
 * which future appointments a change of hours leaves outside the new hours (as warnings). Thread-safe.
 */
final class CatalogueChanges {

    /** How far ahead affected appointments are looked for: beyond any maximum advance a policy allows. */
    private static final Duration HORIZON = Duration.ofDays(800);

    /** Reasons that mean "the hours no longer allow it" rather than "something else is booked". */
    private static final Set<Reason.Code> OUTSIDE = Set.of(Reason.Code.CLOSED, Reason.Code.HOLIDAY,
            Reason.Code.OUTSIDE_STAFF_HOURS, Reason.Code.STAFF_BREAK, Reason.Code.STAFF_TIME_OFF,
            Reason.Code.TIME_BLOCK);

    static final String OUTSIDE_HOURS = "appointment_outside_hours";

    private final AppointmentRepository appointments;
    private final AppointmentUseCase appointmentUseCase;
    private final FindAvailabilityUseCase availability;
    private final Clock clock;

    CatalogueChanges(AppointmentRepository appointments, AppointmentUseCase appointmentUseCase,
            FindAvailabilityUseCase availability, Clock clock) {
        this.appointments = appointments;
        this.appointmentUseCase = appointmentUseCase;
        this.availability = availability;
        this.clock = clock;
    }

    /** Future active appointments of the tenant that {@code affected} picks, by start. */
    List<Appointment> future(TenantId tenant, Predicate<Appointment> affected) {
        Instant now = clock.instant();
        return appointments.list(tenant, Optional.empty(), TimeInterval.of(now, now.plus(HORIZON))).stream()
                .filter(a -> a.isActive() && !a.status().isFinal() && a.interval().end().isAfter(now))
                .filter(affected).toList();
    }

    /**
     * Does what {@code how} says (refuse, cancel or reassign; deactivating is the caller's) with {@code affected}
     * before {@code what} is deleted: ok when there is nothing to do or it is done; {@code invalid_state} listing the appointments when refused or when a reassignment is not
     * possible for every one of them.
     */
    Result<Void> resolve(TenantId tenant, String what, List<Appointment> affected, AffectedAppointments how) {
        if (affected.isEmpty()) {
            return Result.ok(null);
        }
        if (how.action() == Action.REFUSE) {
            return refused(what + " has " + affected.size() + " future appointment(s); cancel or reassign them, or"
                    + " deactivate it instead.", affected);
        }
        if (how.action() == Action.REASSIGN) {
            StaffId to = how.reassignTo().orElseThrow();
            List<Appointment> notFree = affected.stream().filter(a -> !freeFor(a, to)).toList();
            if (!notFree.isEmpty()) {
                return refused("Staff member " + to + " is not free for " + notFree.size() + " of the appointments.",
                        notFree);
            }
            for (Appointment a : affected) {
                Result<Appointment> moved = appointmentUseCase.reschedule(new RescheduleCommand(tenant, a.id(),
                        a.interval().start(), Optional.of(to), true, how.correlationId()));
                if (moved instanceof Result.Failure<Appointment> f) {
                    return refused("Appointment " + a.id() + " could not be reassigned: " + f.message(), List.of(a));
                }
            }
            return Result.ok(null);
        }
        for (Appointment a : affected) {
            Result<Appointment> cancelled = appointmentUseCase.cancel(new CancelCommand(tenant, a.id(),
                    what + " is no longer available", true, how.correlationId()));
            if (cancelled instanceof Result.Failure<Appointment> f && f.code() != ErrorCode.INVALID_STATE) {
                return refused("Appointment " + a.id() + " could not be cancelled: " + f.message(), List.of(a));
            }
        }
        return Result.ok(null);
    }

    /** Whether {@code a} could move to {@code to} at its own time, in {@code to}'s branch (which may be another). */
    private boolean freeFor(Appointment a, StaffId to) {
        Result<Explanation> e = availability.explain(new SlotRequest(a.tenant(), Optional.empty(),
                a.service(), Optional.of(to)), a.interval().start(), Optional.empty(), Optional.of(a.id()));
        return e instanceof Result.Success<Explanation> s && s.value().bookable();
    }

    /** Warnings for the future appointments in {@code affected} that the current hours no longer allow. */
    List<Warning> outsideHours(List<Appointment> affected) {
        List<Warning> out = new ArrayList<>();
        for (Appointment a : affected) {
            Result<Explanation> e = availability.explain(new SlotRequest(a.tenant(), Optional.of(a.branch()),
                    a.service(), Optional.of(a.staff())), a.interval().start(), Optional.empty(),
                    Optional.of(a.id()));
            if (e instanceof Result.Success<Explanation> s && s.value().reasons().stream()
                    .anyMatch(r -> OUTSIDE.contains(r.code()))) {
                out.add(new Warning(OUTSIDE_HOURS, "Appointment " + a.id() + " at " + a.interval().start()
                        + " now lies outside the hours: " + s.value().reasons().get(0).message()));
            }
        }
        return out;
    }

    private static Result<Void> refused(String message, List<Appointment> affected) {
        return Result.failure(ErrorCode.INVALID_STATE, message, Map.of("appointments",
                affected.stream().map(a -> a.id().value()).collect(Collectors.joining(","))));
    }
}
