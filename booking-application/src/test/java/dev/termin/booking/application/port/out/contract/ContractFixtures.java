package dev.termin.booking.application.port.out.contract;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.OutboxMessage;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.appointment.SyncState;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.hold.HoldStatus;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.domain.waitlist.WaitlistEntryId;
import dev.termin.booking.domain.waitlist.WaitlistStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Test data for the storage contract tests: a fresh random tenant with its company, a branch in Europe/Berlin, one
 * staff member and one plain service, all saved through the catalogue repository (a database adapter needs those
 * rows before appointments and holds refer to them), plus builders for appointments, holds, waitlist entries and
 * outbox messages. Not thread-safe; create one per test.
 */
public final class ContractFixtures {

    /** The zone of the fixture branch. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** The day the fixture intervals lie on, a Wednesday. */
    public static final LocalDate DAY = LocalDate.of(2031, 4, 16);

    private final BookingStorage storage;
    private final TenantId tenant;
    private final BranchId branch;
    private final StaffId staff;
    private final ServiceId service;

    private ContractFixtures(BookingStorage storage, TenantId tenant) {
        this.storage = storage;
        this.tenant = tenant;
        this.branch = BranchId.of(randomId("branch"));
        this.service = ServiceId.of(randomId("service"));
        this.staff = StaffId.of(randomId("staff"));
        storage.catalogue().saveCompany(company(tenant));
        storage.catalogue().saveBranch(branch(tenant, branch));
        storage.catalogue().saveService(Service.plain(service, tenant, "Haarschnitt", 30, Money.euros(35)));
        storage.catalogue().saveStaff(staff(tenant, branch, staff, Set.of(service)));
    }

    /** A new random tenant with company, branch, staff member and service saved in {@code storage}. */
    public static ContractFixtures create(BookingStorage storage) {
        return new ContractFixtures(Objects.requireNonNull(storage, "storage"), randomTenant());
    }

    // ---- ids, times -------------------------------------------------------------------------------------------

    /** {@code prefix} followed by a random UUID; keep the prefix at most 27 characters. */
    public static String randomId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static TenantId randomTenant() {
        return TenantId.of(randomId("t"));
    }

    /** The current time to the millisecond, which every store keeps exactly. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The instant of {@code hhmm} on {@link #DAY} in {@link #ZONE}. */
    public static Instant time(String hhmm) {
        return DAY.atTime(LocalTime.parse(hhmm)).atZone(ZONE).toInstant();
    }

    /** {@code minutes} from {@code hhmm} on {@link #DAY} in {@link #ZONE}. */
    public static TimeInterval at(String hhmm, int minutes) {
        return TimeInterval.of(time(hhmm), Duration.ofMinutes(minutes));
    }

    /** From {@code from} to {@code to} on {@link #DAY} in {@link #ZONE}. */
    public static TimeInterval between(String from, String to) {
        return TimeInterval.of(time(from), time(to));
    }

    // ---- catalogue --------------------------------------------------------------------------------------------

    public static Company company(TenantId tenant) {
        return new Company(tenant, "Salon " + tenant.value(), BookingPolicy.DEFAULTS);
    }

    /** A branch in {@link #ZONE} open 09:00–18:00 on weekdays. */
    public static Branch branch(TenantId tenant, BranchId id) {
        return new Branch(id, tenant, "Filiale Mitte", ZONE,
                OpeningHours.weekly(WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "18:00"))));
    }

    /** An active staff member working 09:00–18:00 on weekdays. */
    public static Staff staff(TenantId tenant, BranchId branch, StaffId id, Set<ServiceId> services) {
        return new Staff(id, tenant, branch, "Maria", List.of(), services,
                WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "18:00")), WeeklyHours.none(), List.of(), true);
    }

    public TenantId tenant() {
        return tenant;
    }

    public BranchId branch() {
        return branch;
    }

    /** The fixture's staff member. */
    public StaffId staff() {
        return staff;
    }

    public ServiceId service() {
        return service;
    }

    public BookingStorage storage() {
        return storage;
    }

    /** Saves another staff member of the fixture branch performing the fixture service. */
    public StaffId addStaff() {
        StaffId id = StaffId.of(randomId("staff"));
        storage.catalogue().saveStaff(staff(tenant, branch, id, Set.of(service)));
        return id;
    }

    /** Saves another plain service. */
    public ServiceId addService() {
        ServiceId id = ServiceId.of(randomId("service"));
        storage.catalogue().saveService(Service.plain(id, tenant, "Färben", 60, Money.euros(80)));
        return id;
    }

    // ---- customers, appointments, holds -----------------------------------------------------------------------

    /** A customer with phone number and e-mail address. */
    public static Customer customer() {
        return new Customer("Erika Mustermann", Optional.of(new PhoneNumber("+491512345678")),
                Optional.of(new EmailAddress("erika@example.org")));
    }

    /** A builder of a booked plain appointment of the fixture staff member at 10:00–10:30 with one WORK occupancy. */
    public AppointmentBuilder appointment() {
        return new AppointmentBuilder();
    }

    /** A booked plain appointment of {@code staffMember} over {@code interval}, occupying it as WORK. */
    public Appointment appointment(StaffId staffMember, TimeInterval interval) {
        return appointment().staff(staffMember).interval(interval).build();
    }

    /** A builder of an active plain hold of the fixture staff member at 10:00–10:30, created now for 5 minutes. */
    public HoldBuilder hold() {
        return new HoldBuilder();
    }

    /** An active hold of {@code staffMember} over {@code interval} (WORK), created now, expiring in 5 minutes. */
    public Hold hold(StaffId staffMember, TimeInterval interval) {
        return hold().staff(staffMember).interval(interval).build();
    }

    /**
     * The segments of a composite service starting at {@code start}: A 30 min, pause 45 min, B 30 min, all with
     * {@code staffMember}.
     */
    public static List<SegmentAssignment> compositeSegments(StaffId staffMember, Instant start) {
        TimeInterval a = TimeInterval.of(start, Duration.ofMinutes(30));
        TimeInterval b = TimeInterval.of(start.plus(Duration.ofMinutes(75)), Duration.ofMinutes(30));
        return List.of(new SegmentAssignment("colour", "Farbe auftragen", 1, 2, staffMember, a),
                new SegmentAssignment("cut", "Schneiden", 2, 2, staffMember, b));
    }

    /** The occupancies of {@link #compositeSegments}: WORK, the pause as {@code pauseKind}, WORK. */
    public static List<Occupancy> compositeOccupancies(StaffId staffMember, Instant start, OccupancyKind pauseKind) {
        return List.of(
                new Occupancy(staffMember, TimeInterval.of(start, Duration.ofMinutes(30)), OccupancyKind.WORK),
                new Occupancy(staffMember, TimeInterval.of(start.plus(Duration.ofMinutes(30)),
                        Duration.ofMinutes(45)), pauseKind),
                new Occupancy(staffMember, TimeInterval.of(start.plus(Duration.ofMinutes(75)),
                        Duration.ofMinutes(30)), OccupancyKind.WORK));
    }

    /** A waitlist entry of the fixture branch for {@code forService}, waiting, created at {@code createdAt}. */
    public WaitlistEntry waitlistEntry(ServiceId forService, Instant createdAt) {
        return new WaitlistEntry(WaitlistEntryId.of(randomId("wait")), tenant, branch, forService, Optional.empty(),
                customer(), DAY, DAY.plusDays(14), Set.of(), List.of(), 50, createdAt, WaitlistStatus.WAITING,
                Optional.empty(), Optional.empty());
    }

    /** A calendar-sync message of the tenant for a random appointment, created and due at {@code at}. */
    public OutboxMessage outboxMessage(Instant at) {
        return OutboxMessage.of(UUID.randomUUID(), tenant, OutboxMessage.Kind.CALENDAR_SYNC,
                AppointmentId.of(randomId("appt")), "{\"segment\":\"main\"}", at);
    }

    /** Builds appointments of the fixture tenant; segments and occupancies default to one WORK segment. */
    public final class AppointmentBuilder {
        private AppointmentId id = AppointmentId.of(randomId("appt"));
        private ServiceId serviceId = service;
        private StaffId staffId = staff;
        private TimeInterval interval = at("10:00", 30);
        private List<SegmentAssignment> segments;
        private List<Occupancy> occupancies;
        private Customer customer = ContractFixtures.customer();
        private String notes = "";
        private AppointmentStatus status = AppointmentStatus.BOOKED;
        private Source source = Source.WEB;
        private SyncState sync = SyncState.pending();
        private Optional<String> compositeGroupId = Optional.empty();
        private int rescheduleCount;
        private String correlationId = randomId("corr");
        private Optional<HoldToken> fromHold = Optional.empty();
        private long fencingToken;
        private Instant createdAt = now();
        private Instant updatedAt = createdAt;
        private Optional<String> cancellationReason = Optional.empty();

        private AppointmentBuilder() {
        }

        public AppointmentBuilder id(AppointmentId value) {
            this.id = value;
            return this;
        }

        public AppointmentBuilder service(ServiceId value) {
            this.serviceId = value;
            return this;
        }

        public AppointmentBuilder staff(StaffId value) {
            this.staffId = value;
            return this;
        }

        public AppointmentBuilder interval(TimeInterval value) {
            this.interval = value;
            return this;
        }

        public AppointmentBuilder segments(List<SegmentAssignment> value) {
            this.segments = value;
            return this;
        }

        public AppointmentBuilder occupancies(List<Occupancy> value) {
            this.occupancies = value;
            return this;
        }

        public AppointmentBuilder occupancies(Occupancy... value) {
            return occupancies(List.of(value));
        }

        /** A composite appointment (A 30, pause 45 as {@code pauseKind}, B 30) of the staff member from {@code start}. */
        public AppointmentBuilder composite(Instant start, OccupancyKind pauseKind) {
            this.interval = TimeInterval.of(start, Duration.ofMinutes(105));
            this.segments = compositeSegments(staffId, start);
            this.occupancies = compositeOccupancies(staffId, start, pauseKind);
            this.compositeGroupId = Optional.of(id.value());
            return this;
        }

        public AppointmentBuilder customer(Customer value) {
            this.customer = value;
            return this;
        }

        public AppointmentBuilder notes(String value) {
            this.notes = value;
            return this;
        }

        public AppointmentBuilder status(AppointmentStatus value) {
            this.status = value;
            return this;
        }

        public AppointmentBuilder source(Source value) {
            this.source = value;
            return this;
        }

        public AppointmentBuilder sync(SyncState value) {
            this.sync = value;
            return this;
        }

        public AppointmentBuilder compositeGroupId(Optional<String> value) {
            this.compositeGroupId = value;
            return this;
        }

        public AppointmentBuilder rescheduleCount(int value) {
            this.rescheduleCount = value;
            return this;
        }

        public AppointmentBuilder correlationId(String value) {
            this.correlationId = value;
            return this;
        }

        public AppointmentBuilder fromHold(Optional<HoldToken> value) {
            this.fromHold = value;
            return this;
        }

        public AppointmentBuilder fencingToken(long value) {
            this.fencingToken = value;
            return this;
        }

        public AppointmentBuilder createdAt(Instant value) {
            this.createdAt = value;
            this.updatedAt = value;
            return this;
        }

        public AppointmentBuilder updatedAt(Instant value) {
            this.updatedAt = value;
            return this;
        }

        public AppointmentBuilder cancelled(String reason) {
            this.status = AppointmentStatus.CANCELLED;
            this.cancellationReason = Optional.of(reason);
            return this;
        }

        public Appointment build() {
            List<SegmentAssignment> segs = segments != null ? segments
                    : List.of(new SegmentAssignment("main", "Haarschnitt", 1, 1, staffId, interval));
            List<Occupancy> occs = occupancies != null ? occupancies
                    : List.of(new Occupancy(staffId, interval, OccupancyKind.WORK));
            return new Appointment(id, tenant, branch, serviceId, staffId, interval, segs, occs, customer, notes,
                    status, source, sync, compositeGroupId, rescheduleCount, correlationId, fromHold, fencingToken,
                    createdAt, updatedAt, cancellationReason);
        }
    }

    /** Builds holds of the fixture tenant; segments and occupancies default to one WORK segment. */
    public final class HoldBuilder {
        private HoldToken token = new HoldToken(UUID.randomUUID());
        private ServiceId serviceId = service;
        private StaffId staffId = staff;
        private String owner = randomId("call");
        private TimeInterval interval = at("10:00", 30);
        private List<SegmentAssignment> segments;
        private List<Occupancy> occupancies;
        private Instant createdAt = now();
        private Instant expiresAt;
        private HoldStatus status = HoldStatus.ACTIVE;
        private Optional<AppointmentId> convertedTo = Optional.empty();
        private Optional<String> cancelReason = Optional.empty();
        private Optional<Instant> closedAt = Optional.empty();

        private HoldBuilder() {
        }

        public HoldBuilder token(HoldToken value) {
            this.token = value;
            return this;
        }

        public HoldBuilder service(ServiceId value) {
            this.serviceId = value;
            return this;
        }

        public HoldBuilder staff(StaffId value) {
            this.staffId = value;
            return this;
        }

        public HoldBuilder owner(String value) {
            this.owner = value;
            return this;
        }

        public HoldBuilder interval(TimeInterval value) {
            this.interval = value;
            return this;
        }

        public HoldBuilder segments(List<SegmentAssignment> value) {
            this.segments = value;
            return this;
        }

        public HoldBuilder occupancies(List<Occupancy> value) {
            this.occupancies = value;
            return this;
        }

        public HoldBuilder occupancies(Occupancy... value) {
            return occupancies(List.of(value));
        }

        /** A composite hold (A 30, pause 45 as {@code pauseKind}, B 30) of the staff member from {@code start}. */
        public HoldBuilder composite(Instant start, OccupancyKind pauseKind) {
            this.interval = TimeInterval.of(start, Duration.ofMinutes(105));
            this.segments = compositeSegments(staffId, start);
            this.occupancies = compositeOccupancies(staffId, start, pauseKind);
            return this;
        }

        /** Created at {@code value}; unless set, expires 5 minutes later. */
        public HoldBuilder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        public HoldBuilder expiresAt(Instant value) {
            this.expiresAt = value;
            return this;
        }

        public HoldBuilder status(HoldStatus value) {
            this.status = value;
            return this;
        }

        public Hold build() {
            List<SegmentAssignment> segs = segments != null ? segments
                    : List.of(new SegmentAssignment("main", "Haarschnitt", 1, 1, staffId, interval));
            List<Occupancy> occs = occupancies != null ? occupancies
                    : List.of(new Occupancy(staffId, interval, OccupancyKind.WORK));
            Instant expiry = expiresAt != null ? expiresAt : createdAt.plus(Duration.ofMinutes(5));
            return new Hold(token, tenant, branch, serviceId, staffId, owner, interval, segs, occs, createdAt, expiry,
                    status, convertedTo, cancelReason, closedAt);
        }
    }
}
