package dev.termin.booking.application.scenario;

import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.HolidayId;
import dev.termin.booking.domain.catalogue.HolidayType;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.CompositeDefinition;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.ServiceStep.Pause;
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A salon in Berlin for scenario tests: open Monday to Friday 09:00–18:00 and Saturday 09:00–14:00, three stylists
 * (Maria, Emma, Jonas), a 30-minute cut (15 minutes buffer after), and root colour as a composite service (colour
 * 30, pause 45, wash 15, cut 30, pause 15, blow-dry 30) in a free-pause and a blocked-pause variant. "Now" is
 * Monday 2026-06-15 08:00 UTC; Wednesday 2026-06-17 is the usual booking day.
 */
public final class Salon {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    public static final LocalDate WEDNESDAY = LocalDate.of(2026, 6, 17);

    public final TenantId tenant = TenantId.of("salon-" + UUID.randomUUID().toString().substring(0, 8));
    public final BranchId branch = BranchId.of("mitte");
    public final StaffId maria = StaffId.of("maria");
    public final StaffId emma = StaffId.of("emma");
    public final StaffId jonas = StaffId.of("jonas");
    public final ServiceId cut = ServiceId.of("cut");
    public final ServiceId colour = ServiceId.of("colour");
    public final ServiceId colourBlocked = ServiceId.of("colour-blocked");
    public final BookingEngine engine;

    public Salon(BookingEngine engine) {
        this.engine = engine;
        var catalogue = engine.catalogue();
        catalogue.saveCompany(new Company(tenant, "Salon Schnittpunkt", BookingPolicy.DEFAULTS)).orElseThrow();
        WeeklyHours open = WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "18:00"))
                .with(DayOfWeek.SATURDAY, LocalTimeWindow.of("09:00", "14:00"));
        catalogue.saveBranch(new Branch(branch, tenant, "Salon Mitte", BERLIN, OpeningHours.weekly(open)))
                .orElseThrow();
        catalogue.saveService(Service.plain(cut, tenant, "Haarschnitt", 30, Money.euros(35))
                .withAliases(List.of("Schnitt"))).orElseThrow();
        catalogue.saveService(Service.composite(colour, tenant, "Ansatzfärbung", colourSteps(PausePolicy.FREE),
                Money.euros(80)).withBuffers(Duration.ZERO, Duration.ZERO)).orElseThrow();
        catalogue.saveService(Service.composite(colourBlocked, tenant, "Ansatzfärbung (betreut)",
                colourSteps(PausePolicy.BLOCKED), Money.euros(90)).withBuffers(Duration.ZERO, Duration.ZERO))
                .orElseThrow();
        for (StaffId id : List.of(maria, emma, jonas)) {
            catalogue.saveStaff(new Staff(id, tenant, branch, capitalised(id.value()), List.of(),
                    Set.of(cut, colour, colourBlocked), open, WeeklyHours.none(), List.of(), true)).orElseThrow();
        }
    }

    static CompositeDefinition colourSteps(PausePolicy policy) {
        return new CompositeDefinition(List.of(
                WorkSegment.of("colour", "Farbe auftragen", 30), Pause.of(45),
                WorkSegment.of("wash", "Waschen", 15),
                WorkSegment.of("cut", "Schneiden", 30), Pause.of(15),
                WorkSegment.of("blowdry", "Föhnen", 30)), policy);
    }

    public static Instant berlin(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }

    public static Instant wednesday(String time) {
        return berlin(WEDNESDAY, time);
    }

    public SlotRequest request(ServiceId service) {
        return SlotRequest.of(tenant, branch, service);
    }

    public SlotRequest request(ServiceId service, StaffId staff) {
        return SlotRequest.of(tenant, branch, service).withStaff(staff);
    }

    public static Customer customer(String name) {
        return Customer.withPhone(name, "+4915112345678");
    }

    public Result<Appointment> book(ServiceId service, StaffId staff, Instant start) {
        return engine.appointments().book(new BookCommand(request(service, staff), start, customer("Anna Becker"), "",
                Source.DESK, Optional.empty(), Optional.empty(), "test-" + UUID.randomUUID()));
    }

    public void holiday(String name, LocalDate day) {
        engine.catalogue().saveHoliday(Holiday.singleDay(HolidayId.of("h-" + day), tenant, name,
                HolidayType.PUBLIC_HOLIDAY, day, false)).orElseThrow();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
