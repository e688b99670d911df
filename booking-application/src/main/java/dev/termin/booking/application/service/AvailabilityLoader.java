package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.BookedTime;
import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.ExternalBusy;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.application.settings.EngineSettings.ExternalCalendarFallback;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.SchedulingSettings;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.policy.BookingLimits;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.result.Warning;
import dev.termin.booking.domain.slot.AvailabilityContext;
import dev.termin.booking.domain.slot.BusyTime;
import dev.termin.booking.domain.slot.Explanation;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.ResourceUse;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.slot.SlotSearch;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Clock;
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
 * Builds the {@link AvailabilityContext} for a request from the catalogue (staff with their date exceptions, the
 * branch's blocks and resource types, the company's scheduling settings and limits under the service's own daily
 * maximum), the stored appointments and holds (with their services and resource units), and the external calendar
 * (the hybrid rule). Thread-safe.
 */
final class AvailabilityLoader {

    /** A loaded context, the branch it is for, and warnings (external calendar not asked). */
    record Loaded(AvailabilityContext context, List<Warning> warnings) {
    }

    /**
     * An attempt to take {@code start} for {@code request}: {@code owner}'s holds do not block it, the appointment
     * {@code moving} does not block itself, and a refusal is recorded in the flow as {@code refusedStep}.
     */
    record Attempt(SlotRequest request, Instant start, Optional<String> owner, Optional<AppointmentId> moving,
            String correlationId, String refusedStep) {
    }

    /** The slot an attempt may take, with the context it was found in and the loader's warnings. */
    record Bookable(Slot slot, AvailabilityContext context, List<Warning> warnings) {
    }

    private final FlowRecorder flow;
    private final CatalogueRepository catalogue;
    private final AppointmentRepository appointments;
    private final BookedTime bookedTime;
    private final ExternalCalendar calendar;
    private final BranchResolver branches;
    private final Clock clock;
    private final BookingMetrics metrics;
    private final ExternalCalendarFallback fallback;

    AvailabilityLoader(CatalogueRepository catalogue, AppointmentRepository appointments, BookedTime bookedTime,
            ExternalCalendar calendar, BranchResolver branches, Clock clock, BookingMetrics metrics,
            ExternalCalendarFallback fallback, FlowRecorder flow) {
        this.flow = flow;
        this.catalogue = catalogue;
        this.appointments = appointments;
        this.bookedTime = bookedTime;
        this.calendar = calendar;
        this.branches = branches;
        this.clock = clock;
        this.metrics = metrics;
        this.fallback = fallback;
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

    /**
     * Loads the day of the attempt and explains its start: the slot if it is bookable, else the refusal (recorded in
     * the flow, {@code onRefused} run) as {@link Explanations#failure}.
     */
    Result<Bookable> bookable(Attempt a, Runnable onRefused) {
        Result<Loaded> loaded = loadAround(a.request(), a.start(), 0, a.moving(), true);
        if (!(loaded instanceof Result.Success<Loaded> l)) {
            return ((Result.Failure<Loaded>) loaded).cast();
        }
        AvailabilityContext context = l.value().context();
        Explanation e = SlotSearch.explain(context, a.start(), a.request().staff(), a.owner(),
                a.moving().map(AppointmentId::value));
        if (!e.bookable()) {
            flow.record(a.request().tenant(), a.correlationId(), a.refusedStep(), e.reasons().get(0).code().code());
            onRefused.run();
            return Explanations.failure(e);
        }
        return Result.ok(new Bookable(e.slot().orElseThrow(), context, l.value().warnings()));
    }

    private Result<Loaded> load(SlotRequest req, Function<ZoneId, LocalDate[]> dates, Optional<AppointmentId> moving,
            boolean askExternalCalendar) {
        Optional<Service> service = catalogue.findService(req.tenant(), req.service());
        if (service.isEmpty()) {
            return Result.failure(ErrorCode.NOT_FOUND, "Service " + req.service() + " does not exist.",
                    Map.of("service", req.service().value()));
        }
        if (!service.get().active()) {
            return Result.failure(ErrorCode.INVALID_DATA, "Service " + service.get().name()
                    + " is not offered at the moment.");
        }
        Result<Branch> branch = branches.resolve(req.tenant(), req.branch(), req.staff());
        if (!(branch instanceof Result.Success<Branch> b)) {
            return ((Result.Failure<Branch>) branch).cast();
        }
        Branch br = b.value();
        if (!br.active()) {
            return Result.failure(ErrorCode.INVALID_DATA, "Branch " + br.name() + " is not offered at the moment.",
                    Map.of("branch", br.id().value()));
        }
        LocalDate[] fromTo = dates.apply(br.zone());
        LocalDate from = fromTo[0];
        LocalDate to = fromTo[1];
        Optional<Company> company = catalogue.findCompany(req.tenant());
        BookingPolicy policy = company.map(Company::policy).orElse(BookingPolicy.DEFAULTS)
                .with(service.get().policy());
        SchedulingSettings scheduling = company.map(Company::scheduling).orElse(SchedulingSettings.DEFAULTS);
        BookingLimits limits = service.get().limitsUnder(scheduling.limits());
        List<Staff> staff = staffToLoad(req, service.get(), limits, catalogue.listStaff(req.tenant(), br.id()));
        List<StaffId> staffIds = staff.stream().map(Staff::id).toList();
        Instant now = clock.instant();
        TimeInterval range = TimeInterval.of(from.minusDays(1).atStartOfDay(br.zone()).toInstant(),
                to.plusDays(2).atStartOfDay(br.zone()).toInstant());

        BookedTime.Booked booked = bookedTime.find(req.tenant(), staffIds, range, now);
        List<BusyTime> busy = new ArrayList<>();
        // Resources belong to the branch; every booking in it has a staff member of the branch, so the bookings of
        // the branch's staff carry every unit taken. The appointment being moved must not block itself.
        String movingId = moving.map(AppointmentId::value).orElse(null);
        for (BusyTime t : booked.busy()) {
            if (!(t.origin() == BusyTime.Origin.APPOINTMENT && t.reference().equals(movingId))) {
                busy.add(t);
            }
        }
        List<ResourceUse> resourceUse = booked.resources().stream()
                .filter(r -> !(r.holdOwner().isEmpty() && r.reference().equals(movingId))).toList();
        List<Warning> warnings = new ArrayList<>();
        if (askExternalCalendar && !staffIds.isEmpty()) {
            CalendarOutcome<List<ExternalBusy>> external = calendar.busyTimes(req.tenant(), staffIds, range);
            if (external instanceof CalendarOutcome.Done<List<ExternalBusy>> done) {
                // nor through its own external bookings (read only when there is external busy time to compare)
                Set<String> ownExternalIds = new HashSet<>();
                if (!done.value().isEmpty()) {
                    moving.flatMap(id -> appointments.find(req.tenant(), id)).ifPresent(
                            a -> a.sync().externalRefs().forEach(r -> ownExternalIds.add(r.externalId())));
                }
                for (ExternalBusy e : done.value()) {
                    if (ownExternalIds.contains(e.reference())) {
                        continue;
                    }
                    busy.add(BusyTime.external(new Occupancy(e.staff(), e.interval(), OccupancyKind.WORK),
                            e.reference()));
                }
            } else if (!(external instanceof CalendarOutcome.Rejected<?> r && "not_configured".equals(r.code()))) {
                if (fallback == ExternalCalendarFallback.REFUSE) {
                    return Result.failure(ErrorCode.SERVICE_UNAVAILABLE,
                            "The external calendar cannot be reached; please try again shortly.");
                }
                warnings.add(new Warning(Warning.EXTERNAL_CALENDAR_UNAVAILABLE,
                        "The external calendar could not be asked; the answer uses local data only."));
                metrics.increment("termin.calendar.fallback", "tenant", req.tenant().value());
            }
        }
        AvailabilityContext context = new AvailabilityContext(br, service.get(), policy, staff,
                catalogue.listHolidays(req.tenant()), busy, now, catalogue.listTimeBlocks(req.tenant(), br.id()),
                limits, catalogue.listResourceTypes(req.tenant(), br.id()),
                resourceUse, scheduling);
        return Result.ok(new Loaded(context, warnings));
    }

    /**
     * The staff whose calendars the request needs: only the named staff member when one person does the whole
     * service without shared resources or a branch-wide daily maximum (a booking names one; loading the whole
     * branch's day was most of its cost), else every staff member of the branch, since another may have to do a
     * segment, hold a resource unit or count towards the service's maximum.
     */
    private static List<Staff> staffToLoad(SlotRequest req, Service service, BookingLimits limits,
            List<Staff> branchStaff) {
        if (req.staff().isEmpty() || service.isComposite() || service.staffCount() != 1
                || !service.resources().isEmpty() || limits.serviceAppointmentsPerDay().isPresent()) {
            return branchStaff;
        }
        StaffId named = req.staff().get();
        return branchStaff.stream().filter(s -> s.id().equals(named)).toList();
    }
}
