package dev.termin.booking.application.demo;

import dev.termin.booking.application.port.in.CatalogueUseCase;
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
import dev.termin.booking.domain.catalogue.SchedulingSettings;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.ServiceStep.Pause;
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo tenant: "Salon Schnittpunkt" in Berlin (branch {@code mitte}), open Monday to Friday 09:00–18:00 and
 * Saturday 09:00–14:00, with Maria, Emma and Jonas; a haircut (30 min), a blow-dry (30 min), root colour as a
 * composite service with a free pause (colour 30, pause 45, wash 15, cut 30, pause 15, blow-dry 30), and the
 * yearly German public holidays on fixed dates; services created without buffers get 15 minutes after (the
 * company's default buffers). Loading is an upsert, so it can run at every start.
 */
public final class DemoSalon {

    public static final TenantId TENANT = TenantId.of("demo");
    public static final BranchId BRANCH = BranchId.of("mitte");
    public static final StaffId MARIA = StaffId.of("maria");
    public static final StaffId EMMA = StaffId.of("emma");
    public static final StaffId JONAS = StaffId.of("jonas");
    public static final ServiceId HAIRCUT = ServiceId.of("haircut");
    public static final ServiceId BLOW_DRY = ServiceId.of("blow-dry");
    public static final ServiceId ROOT_COLOUR = ServiceId.of("root-colour");
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private DemoSalon() {
    }

    public static void load(CatalogueUseCase catalogue) {
        // the salon opts in to 15 minutes after every service created without buffers of its own
        catalogue.saveCompany(new Company(TENANT, "Salon Schnittpunkt", BookingPolicy.DEFAULTS,
                SchedulingSettings.DEFAULTS.withDefaultBuffers(Duration.ZERO, Duration.ofMinutes(15)))).orElseThrow();
        WeeklyHours open = WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "18:00"))
                .with(DayOfWeek.SATURDAY, LocalTimeWindow.of("09:00", "14:00"));
        catalogue.saveBranch(new Branch(BRANCH, TENANT, "Salon Schnittpunkt Mitte", ZONE,
                OpeningHours.weekly(open))).orElseThrow();
        catalogue.saveService(Service.plain(HAIRCUT, TENANT, "Haarschnitt", 30, Money.euros(35))
                .withAliases(List.of("Schnitt", "Haare schneiden"))).orElseThrow();
        catalogue.saveService(Service.plain(BLOW_DRY, TENANT, "Föhnen", 30, Money.euros(25))
                .withAliases(List.of("Fönen", "Styling"))).orElseThrow();
        catalogue.saveService(Service.composite(ROOT_COLOUR, TENANT, "Ansatzfärbung", new CompositeDefinition(List.of(
                WorkSegment.of("colour", "Farbe auftragen", 30), Pause.of(45),
                WorkSegment.of("wash", "Waschen", 15),
                WorkSegment.of("cut", "Schneiden", 30), Pause.of(15),
                WorkSegment.of("blowdry", "Föhnen", 30)), PausePolicy.FREE), Money.euros(89))
                .withBuffers(Duration.ZERO, Duration.ofMinutes(15)).withAliases(List.of("Färben", "Ansatz")))
                .orElseThrow();
        WeeklyHours lunch = WeeklyHours.weekdays(LocalTimeWindow.of("13:00", "13:30"));
        catalogue.saveStaff(new Staff(MARIA, TENANT, BRANCH, "Maria", List.of("Mari"),
                Set.of(HAIRCUT, BLOW_DRY, ROOT_COLOUR), open, lunch, List.of(), true)).orElseThrow();
        catalogue.saveStaff(new Staff(EMMA, TENANT, BRANCH, "Emma", List.of(),
                Set.of(HAIRCUT, BLOW_DRY, ROOT_COLOUR), open, lunch, List.of(), true)).orElseThrow();
        catalogue.saveStaff(new Staff(JONAS, TENANT, BRANCH, "Jonas", List.of("Jonny"), Set.of(HAIRCUT, BLOW_DRY),
                WeeklyHours.weekdays(LocalTimeWindow.of("10:00", "18:00")), WeeklyHours.none(), List.of(), true))
                .orElseThrow();
        holiday("weihnachten", "Weihnachten", LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), catalogue);
        holiday("neujahr", "Neujahr", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), catalogue);
        holiday("tag-der-arbeit", "Tag der Arbeit", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), catalogue);
        holiday("einheit", "Tag der Deutschen Einheit", LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 3),
                catalogue);
    }

    private static void holiday(String id, String name, LocalDate first, LocalDate last, CatalogueUseCase c) {
        c.saveHoliday(new Holiday(HolidayId.of(id), TENANT, Optional.empty(), name,
                HolidayType.PUBLIC_HOLIDAY, first, last, true, Set.of())).orElseThrow();
    }
}
