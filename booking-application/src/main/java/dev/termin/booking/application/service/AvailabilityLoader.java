package dev.termin.booking.application.service;

import dev.termin.booking.application.EngineSettings.ExternalCalendarFallback;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.ExternalBusy;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.result.Warning;
import dev.termin.booking.domain.slot.AvailabilityContext;
import dev.termin.booking.domain.slot.BusyTime;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the {@link AvailabilityContext} for a request from the catalogue, the stored appointments and holds, and
 * the external calendar (the hybrid rule). Thread-safe.
 */
final class AvailabilityLoader {

    /** A loaded context, the branch it is for, and warnings (external calendar not asked). */
    record Loaded(AvailabilityContext context, List<Warning> warnings) {
    }

    private final Context ctx;

    AvailabilityLoader(Context ctx) {
        this.ctx = ctx;
    }

    /**
     * Loads everything for the local dates {@code from}..{@code to} of the request's branch, leaving out the
     * appointment {@code moving} (it is being rescheduled and must not block itself).
     */
    Result<Loaded> load(SlotRequest req, LocalDate from, LocalDate to, Optional<AppointmentId> moving,
            boolean askExternalCalendar) {
        return load(req, zone -> new LocalDate[] {from, to}, moving, askExternalCalendar);
    }

    /** Loads the local days from {@code padDays} before to {@code padDays} after the local day of {@code t}. */
    Result<Loaded> loadAround(SlotRequest req, Instant t, int padDays, Optional<AppointmentId> moving,
            boolean askExternalCalendar) {
        return load(req, zone -> {
            LocalDate day = t.atZone(zone).toLocalDate();
            return new LocalDate[] {day.minusDays(padDays), day.plusDays(padDays)};
        }, moving, askExternalCalendar);
    }

    private Result<Loaded> load(SlotRequest req, Function<ZoneId, LocalDate[]> dates, Optional<AppointmentId> moving,
            boolean askExternalCalendar) {
        CatalogueRepository catalogue = ctx.storage().catalogue();
        Optional<Service> service = catalogue.findService(req.tenant(), req.service());
        if (service.isEmpty()) {
            return Result.failure(ErrorCode.NOT_FOUND, "Service " + req.service() + " does not exist.",
                    Map.of("service", req.service().value()));
        }
        if (!service.get().active()) {
            return Result.failure(ErrorCode.INVALID_DATA, "Service " + service.get().name()
                    + " is not offered at the moment.");
        }
        Result<Branch> branch = resolveBranch(req);
        if (!(branch instanceof Result.Success<Branch> b)) {
            return ((Result.Failure<Branch>) branch).cast();
        }
        Branch br = b.value();
        LocalDate[] fromTo = dates.apply(br.zone());
        LocalDate from = fromTo[0];
        LocalDate to = fromTo[1];
        BookingPolicy policy = catalogue.findCompany(req.tenant()).map(Company::policy)
                .orElse(BookingPolicy.DEFAULTS).with(service.get().policy());
        List<Staff> staff = catalogue.listStaff(req.tenant(), br.id());
        List<StaffId> staffIds = staff.stream().map(Staff::id).toList();
        Instant now = ctx.clock().instant();
        TimeInterval range = TimeInterval.of(from.minusDays(1).atStartOfDay(br.zone()).toInstant(),
                to.plusDays(2).atStartOfDay(br.zone()).toInstant());

        List<BusyTime> busy = new ArrayList<>();
        // The appointment being moved must not block itself, neither locally nor through its own external bookings.
        Set<String> ownExternalIds = new HashSet<>();
        for (Appointment a : ctx.storage().appointments().findActiveOccupying(req.tenant(), staffIds, range)) {
            if (moving.map(a.id()::equals).orElse(false)) {
                a.sync().externalRefs().forEach(r -> ownExternalIds.add(r.externalId()));
                continue;
            }
            for (Occupancy o : a.activeOccupancies()) {
                busy.add(BusyTime.appointment(o, a.id().value()));
            }
        }
        for (Hold h : ctx.storage().holds().findActiveOccupying(req.tenant(), staffIds, range, now)) {
            if (h.isActiveAt(now)) {
                for (Occupancy o : h.occupancies()) {
                    busy.add(BusyTime.hold(o, h.token().toString(), h.owner()));
                }
            }
        }
        List<Warning> warnings = new ArrayList<>();
        if (askExternalCalendar && !staffIds.isEmpty()) {
            CalendarOutcome<List<ExternalBusy>> external = ctx.calendar().busyTimes(req.tenant(), staffIds, range);
            if (external instanceof CalendarOutcome.Done<List<ExternalBusy>> done) {
                for (ExternalBusy e : done.value()) {
                    if (ownExternalIds.contains(e.reference())) {
                        continue;
                    }
                    busy.add(BusyTime.external(new Occupancy(e.staff(), e.interval(), OccupancyKind.WORK),
                            e.reference()));
                }
            } else if (!(external instanceof CalendarOutcome.Rejected<?> r && "not_configured".equals(r.code()))) {
                if (ctx.settings().externalCalendarFallback() == ExternalCalendarFallback.REFUSE) {
                    return Result.failure(ErrorCode.SERVICE_UNAVAILABLE,
                            "The external calendar cannot be reached; please try again shortly.");
                }
                warnings.add(new Warning(Warning.EXTERNAL_CALENDAR_UNAVAILABLE,
                        "The external calendar could not be asked; the answer uses local data only."));
                ctx.metrics().increment("termin.calendar.fallback", "tenant", req.tenant().value());
            }
        }
        AvailabilityContext context = new AvailabilityContext(br, service.get(), policy, staff,
                catalogue.listHolidays(req.tenant()), busy, now);
        return Result.ok(new Loaded(context, warnings));
    }

    private Result<Branch> resolveBranch(SlotRequest req) {
        CatalogueRepository catalogue = ctx.storage().catalogue();
        Optional<BranchId> branchId = req.branch();
        if (req.staff().isPresent()) {
            Optional<Staff> staff = catalogue.findStaff(req.tenant(), req.staff().get());
            if (staff.isEmpty()) {
                return Result.failure(ErrorCode.NOT_FOUND, "Staff member " + req.staff().get() + " does not exist.",
                        Map.of("staff", req.staff().get().value()));
            }
            if (branchId.isPresent() && !branchId.get().equals(staff.get().branch())) {
                return Result.failure(ErrorCode.INVALID_DATA, "Staff member " + staff.get().name()
                        + " does not work in branch " + branchId.get() + ".");
            }
            branchId = Optional.of(staff.get().branch());
        }
        if (branchId.isEmpty()) {
            List<Branch> all = catalogue.listBranches(req.tenant());
            if (all.size() == 1) {
                return Result.ok(all.get(0));
            }
            return Result.failure(ErrorCode.MISSING_REQUIRED_FIELD, all.isEmpty()
                    ? "No branch is set up yet." : "Please name the branch.", Map.of("field", "branch"));
        }
        BranchId id = branchId.get();
        return catalogue.findBranch(req.tenant(), id).<Result<Branch>>map(Result::ok)
                .orElseGet(() -> Result.failure(ErrorCode.NOT_FOUND, "Branch " + id + " does not exist.",
                        Map.of("branch", id.value())));
    }
}
