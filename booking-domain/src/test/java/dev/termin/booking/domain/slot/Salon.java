package dev.termin.booking.domain.slot;

import dev.termin.booking.domain.calendar.DateOverride;
import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.HolidayId;
import dev.termin.booking.domain.catalogue.HolidayType;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.calendar.StaffDateException;
import dev.termin.booking.domain.catalogue.TimeBlock;
import dev.termin.booking.domain.calendar.TimeOff;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.CompositeDefinition;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.SchedulingSettings;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.ServiceStep;
import dev.termin.booking.domain.catalogue.ServiceStep.Pause;
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingLimits;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.policy.PolicyOverride;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test fixture: a hair salon in Europe/Berlin with three staff (Anna, Ben, Clara), a 30-minute cut (no buffer before,
 * 15 minutes after) and a colour composite (A colour 30, pause 45, B wash 15, C cut 30, pause 15, D blow-dry 30).
 *
 * <p>By default the salon is open Monday to Friday 09:00–18:00 and Saturday 09:00–14:00, every staff member works
 * those hours without breaks and performs every service, and "now" is a week before {@link #TUESDAY}, so neither
 * minimum notice (2 h) nor maximum advance (90 days) gets in the way. Not thread-safe; build a new one per test.
 */
final class Salon {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final TenantId TENANT = TenantId.of("salon-schmidt");
    static final BranchId MITTE = BranchId.of("mitte");
    static final StaffId ANNA = StaffId.of("anna");
    static final StaffId BEN = StaffId.of("ben");
    static final StaffId CLARA = StaffId.of("clara");
    static final ServiceId CUT = ServiceId.of("cut");
    static final ServiceId COLOUR = ServiceId.of("colour");

    static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    static final LocalDate TUESDAY = LocalDate.of(2026, 6, 2);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 6, 3);
    static final LocalDate SUNDAY = LocalDate.of(2026, 6, 7);
    static final Instant A_WEEK_BEFORE = at(LocalDate.of(2026, 5, 26), "08:00");

    static final WeeklyHours SALON_HOURS = WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "18:00"))
            .with(DayOfWeek.SATURDAY, LocalTimeWindow.of("09:00", "14:00"));

    private final Map<StaffId, StaffSpec> staff = new LinkedHashMap<>();
    private Service service = cut();
    private OpeningHours openingHours = OpeningHours.weekly(SALON_HOURS);
    private ZoneId zone = BERLIN;
    private BookingPolicy policy = BookingPolicy.DEFAULTS;
    private Instant now = A_WEEK_BEFORE;
    private final List<Holiday> holidays = new ArrayList<>();
    private final List<BusyTime> busy = new ArrayList<>();
    private final List<TimeBlock> blocks = new ArrayList<>();
    private BookingLimits limits = BookingLimits.NONE;
    private SchedulingSettings scheduling = SchedulingSettings.DEFAULTS;
    private final List<ResourceType> resourceTypes = new ArrayList<>();
    private final List<ResourceUse> resourceUse = new ArrayList<>();

    private static final class StaffSpec {
        final StaffId id;
        WeeklyHours hours = SALON_HOURS;
        WeeklyHours breaks = WeeklyHours.none();
        final List<TimeOff> timeOff = new ArrayList<>();
        final List<StaffDateException> exceptions = new ArrayList<>();
        Set<ServiceId> services = Set.of(CUT, COLOUR);
        BranchId branch = MITTE;
        boolean active = true;

        StaffSpec(StaffId id) {
            this.id = id;
        }

        Staff build() {
            String name = Character.toUpperCase(id.value().charAt(0)) + id.value().substring(1);
            return new Staff(id, TENANT, branch, name, List.of(), services, hours, breaks, timeOff, active,
                    exceptions);
        }
    }

    private Salon() {
        for (StaffId id : List.of(ANNA, BEN, CLARA)) {
            staff.put(id, new StaffSpec(id));
        }
    }

    /** The default salon, searching for the cut. */
    static Salon salon() {
        return new Salon();
    }

    // ---- services ----

    /** The 30-minute cut: no buffer before, 15 minutes after, 15-minute grid. */
    static Service cut() {
        return Service.plain(CUT, TENANT, "Haarschnitt", 30, Money.euros(35))
                .withBuffers(Duration.ZERO, Duration.ofMinutes(15));
    }

    /** A plain service of {@code minutes} without buffers, performed by everybody who performs the cut. */
    static Service plain(int minutes) {
        return Service.plain(CUT, TENANT, "Kurz " + minutes, minutes, Money.euros(10))
                .withBuffers(Duration.ZERO, Duration.ZERO);
    }

    /** The colour composite with the given pause policy; all segments by the customer's staff member. */
    static Service colour(PausePolicy policy) {
        return colour(policy, Map.of());
    }

    /**
     * The colour composite: A colour 30, pause 45, B wash 15, C cut 30, pause 15, D blow-dry 30; segments keyed
     * {@code A..D}; {@code qualified} names the staff who may do a segment (none: the customer's staff member).
     */
    static Service colour(PausePolicy policy, Map<String, Set<StaffId>> qualified) {
        List<ServiceStep> steps = List.of(
                segment("A", "Farbe auftragen", 30, qualified),
                Pause.of(45),
                segment("B", "Waschen", 15, qualified),
                segment("C", "Schneiden", 30, qualified),
                Pause.of(15),
                segment("D", "Föhnen", 30, qualified));
        return Service.composite(COLOUR, TENANT, "Ansatzfärbung", new CompositeDefinition(steps, policy),
                Money.euros(89));
    }

    private static WorkSegment segment(String key, String name, int minutes, Map<String, Set<StaffId>> qualified) {
        return new WorkSegment(key, name, Duration.ofMinutes(minutes), qualified.getOrDefault(key, Set.of()));
    }

    // ---- time helpers ----

    static Instant at(LocalDate date, String localTime) {
        return date.atTime(LocalTime.parse(localTime)).atZone(BERLIN).toInstant();
    }

    static TimeInterval between(LocalDate date, String from, String to) {
        return TimeInterval.of(at(date, from), at(date, to));
    }

    static Occupancy work(StaffId who, LocalDate date, String from, String to) {
        return new Occupancy(who, between(date, from, to), OccupancyKind.WORK);
    }

    // ---- configuration ----

    Salon service(Service s) {
        this.service = s;
        return this;
    }

    Salon zone(ZoneId z) {
        this.zone = z;
        return this;
    }

    Salon openingHours(WeeklyHours weekly) {
        this.openingHours = new OpeningHours(weekly, openingHours.overrides());
        return this;
    }

    Salon override(DateOverride override) {
        this.openingHours = openingHours.withOverride(override);
        return this;
    }

    Salon closedOn(LocalDate date) {
        return override(DateOverride.closed(date, "geschlossen"));
    }

    Salon holiday(Holiday h) {
        holidays.add(h);
        return this;
    }

    /** A one-off holiday on {@code date} for the whole branch, or only for {@code onlyFor} when given. */
    Salon holiday(String id, LocalDate date, StaffId... onlyFor) {
        return holiday(new Holiday(HolidayId.of(id), TENANT, Optional.of(MITTE), "Feiertag " + id,
                HolidayType.PUBLIC_HOLIDAY, date, date, false, Set.of(onlyFor)));
    }

    Salon policy(BookingPolicy p) {
        this.policy = p;
        return this;
    }

    Salon minimumNotice(Duration notice) {
        return policy(new BookingPolicy(notice, policy.maximumAdvance(), policy.cancellationDeadline(),
                policy.rescheduleDeadline(), policy.maxReschedules(), policy.holdLifetime(),
                policy.waitlistOfferWindow()));
    }

    Salon maximumAdvance(Duration advance) {
        return policy(policy.with(new PolicyOverride(Optional.empty(), Optional.of(advance), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())));
    }

    Salon now(Instant instant) {
        this.now = instant;
        return this;
    }

    Salon staffHours(StaffId id, WeeklyHours hours) {
        spec(id).hours = hours;
        return this;
    }

    Salon everybodyWorks(WeeklyHours hours) {
        staff.values().forEach(s -> s.hours = hours);
        return this;
    }

    Salon breaks(StaffId id, WeeklyHours breaks) {
        spec(id).breaks = breaks;
        return this;
    }

    Salon timeOff(StaffId id, TimeInterval period) {
        spec(id).timeOff.add(new TimeOff(period, "Arzttermin"));
        return this;
    }

    Salon dateException(StaffId id, StaffDateException exception) {
        spec(id).exceptions.add(exception);
        return this;
    }

    /** A block on {@code date} from {@code from} to {@code to} for {@code onlyFor}, or everybody when none given. */
    Salon block(String id, LocalDate date, String from, String to, StaffId... onlyFor) {
        blocks.add(new TimeBlock(id, MITTE, date, LocalTimeWindow.of(from, to), Set.of(onlyFor), "Teamsitzung"));
        return this;
    }

    Salon performs(StaffId id, ServiceId... services) {
        spec(id).services = Set.of(services);
        return this;
    }

    Salon inactive(StaffId id) {
        spec(id).active = false;
        return this;
    }

    Salon inOtherBranch(StaffId id) {
        spec(id).branch = BranchId.of("pankow");
        return this;
    }

    Salon withoutStaff(StaffId id) {
        staff.remove(id);
        return this;
    }

    Salon appointment(String id, Occupancy... occupancies) {
        for (Occupancy o : occupancies) {
            busy.add(BusyTime.appointment(o, id));
        }
        return this;
    }

    Salon appointment(String id, List<Occupancy> occupancies) {
        return appointment(id, occupancies.toArray(new Occupancy[0]));
    }

    /** An appointment of {@code service} (the busy times name it, so that daily service limits count it). */
    Salon appointmentOf(ServiceId service, String id, Occupancy... occupancies) {
        for (Occupancy o : occupancies) {
            busy.add(BusyTime.appointment(o, id, service));
        }
        return this;
    }

    /** {@code count} units of resource type {@code id} in the branch. */
    Salon resourceType(String id, int count) {
        resourceTypes.add(new ResourceType(ResourceTypeId.of(id), TENANT, MITTE, id, count));
        return this;
    }

    /** Appointment {@code ref} takes {@code units} of {@code type} from {@code from} to {@code to} on {@code date}. */
    Salon resourceUse(String ref, String type, int units, LocalDate date, String from, String to) {
        resourceUse.add(ResourceUse.appointment(new ResourceOccupancy(ResourceTypeId.of(type), units,
                between(date, from, to)), ref));
        return this;
    }

    Salon scheduling(SchedulingSettings settings) {
        this.scheduling = settings;
        return this;
    }

    Salon limits(BookingLimits l) {
        this.limits = l;
        return this;
    }

    Salon hold(String token, String owner, Occupancy... occupancies) {
        for (Occupancy o : occupancies) {
            busy.add(BusyTime.hold(o, token, owner));
        }
        return this;
    }

    Salon external(String reference, Occupancy occupancy) {
        busy.add(BusyTime.external(occupancy, reference));
        return this;
    }

    private StaffSpec spec(StaffId id) {
        return staff.computeIfAbsent(id, StaffSpec::new);
    }

    // ---- results ----

    AvailabilityContext context() {
        Branch branch = new Branch(MITTE, TENANT, "Salon Schmidt Mitte", zone, openingHours);
        List<Staff> all = staff.values().stream().map(StaffSpec::build).toList();
        return new AvailabilityContext(branch, service, policy, all, holidays, busy, now).withBlocks(blocks)
                .withLimits(limits).withResources(resourceTypes, resourceUse).withScheduling(scheduling);
    }

    List<Slot> find(LocalDate from, LocalDate to) {
        return SlotSearch.find(context(), SlotQuery.days(from, to));
    }

    List<Slot> find(LocalDate day) {
        return find(day, day);
    }

    List<Slot> find(LocalDate day, StaffId who) {
        return SlotSearch.find(context(), new SlotQuery(day, day, Optional.of(who), Optional.empty()));
    }

    List<Slot> findFor(LocalDate day, String owner) {
        return SlotSearch.find(context(), new SlotQuery(day, day, Optional.empty(), Optional.of(owner)));
    }

    Explanation explain(Instant start) {
        return SlotSearch.explain(context(), start, Optional.empty(), Optional.empty());
    }

    Explanation explain(Instant start, StaffId who) {
        return SlotSearch.explain(context(), start, Optional.of(who), Optional.empty());
    }

    Explanation explainFor(Instant start, StaffId who, String owner) {
        return SlotSearch.explain(context(), start, Optional.of(who), Optional.of(owner));
    }

    /** The slot offered at {@code start} for {@code who}; fails when it is not bookable. */
    Slot slotAt(Instant start, StaffId who) {
        Explanation e = explain(start, who);
        if (!e.bookable()) {
            throw new AssertionError("expected " + start + " to be bookable for " + who + " but: " + e.reasons());
        }
        return e.slot().orElseThrow();
    }

    /** Local start times ("HH:mm") of the slots, in order. */
    static List<String> localStarts(List<Slot> slots) {
        return slots.stream().map(s -> s.start().atZone(BERLIN).toLocalTime().toString()).toList();
    }

    /** The reason codes of an explanation, as a set. */
    static Set<Reason.Code> codes(Explanation e) {
        return e.reasons().stream().map(Reason::code).collect(Collectors.toSet());
    }
}
