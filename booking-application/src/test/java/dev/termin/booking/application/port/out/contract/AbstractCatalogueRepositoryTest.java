package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.ZONE;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.company;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomId;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.domain.calendar.DateOverride;
import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.HolidayId;
import dev.termin.booking.domain.catalogue.HolidayType;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.calendar.TimeOff;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.catalogue.NotificationSettings;
import dev.termin.booking.domain.catalogue.CompositeDefinition;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.ServiceStep;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.policy.PolicyOverride;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contract of {@link CatalogueRepository}: upserts by id, exact round trips of every catalogue record, tenant
 * isolation, and text that must survive a database unchanged.
 */
public abstract class AbstractCatalogueRepositoryTest {

    private static final String UNICODE = "Friseur Müller · Straße 日本語 Ñandú 😀 «Größe»";

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract BookingStorage storage();

    private CatalogueRepository catalogue;
    private TenantId tenant;

    @BeforeEach
    void setUpTenant() {
        catalogue = storage().catalogue();
        tenant = randomTenant();
        catalogue.saveCompany(company(tenant));
    }

    // ---- company ----------------------------------------------------------------------------------------------

    @Test
    void savedCompany_isFoundWithItsPolicy() {
        // given
        BookingPolicy policy = new BookingPolicy(Duration.ofMinutes(90), Duration.ofDays(30), Duration.ofHours(12),
                Duration.ofHours(1), 2, Duration.ofMinutes(3), Duration.ofHours(24));
        Company company = new Company(tenant, "Salon Schön", policy);

        // when
        catalogue.saveCompany(company);

        // then
        assertThat(catalogue.findCompany(tenant)).contains(company);
    }

    @Test
    void savingTheCompanyAgain_replacesIt() {
        Company renamed = new Company(tenant, "Salon Neu", BookingPolicy.DEFAULTS);

        catalogue.saveCompany(renamed);

        assertThat(catalogue.findCompany(tenant)).contains(renamed);
    }

    @Test
    void savedCompany_isFoundWithItsNotificationSettingsAndReminderOffsets() {
        Company company = new Company(tenant, "Salon Schön", BookingPolicy.DEFAULTS.withReminderOffsets(
                List.of(Duration.ofHours(48), Duration.ofHours(2))), new NotificationSettings(
                Optional.of("Salon Schön – Termine"), Optional.of(new EmailAddress("hallo@schoen.example")),
                Optional.of("en"), Optional.of(new EmailAddress("inhaberin@schoen.example"))));

        catalogue.saveCompany(company);

        assertThat(catalogue.findCompany(tenant)).contains(company);
    }

    @Test
    void aTenantWithoutCompany_findsNone() {
        assertThat(catalogue.findCompany(randomTenant())).isEmpty();
    }

    // ---- branches ---------------------------------------------------------------------------------------------

    @Test
    void savedBranch_roundTripsOpeningHoursWithOverridesExactly() {
        // given
        WeeklyHours weekly = WeeklyHours.weekdays(LocalTimeWindow.of("09:00", "12:30"),
                        LocalTimeWindow.of("13:30", "18:00"))
                .with(DayOfWeek.SATURDAY, LocalTimeWindow.of("08:00", "14:00"))
                .with(DayOfWeek.FRIDAY, LocalTimeWindow.of("10:00", "00:00"));
        OpeningHours hours = OpeningHours.of(weekly, List.of(
                DateOverride.closed(LocalDate.of(2031, 12, 24), "Heiligabend"),
                new DateOverride(LocalDate.of(2031, 12, 31), List.of(LocalTimeWindow.of("09:00", "13:00"),
                        LocalTimeWindow.of("14:00", "15:15")), "Silvester"),
                new DateOverride(LocalDate.of(2032, 1, 2), List.of(LocalTimeWindow.of("11:00", "16:00")), "")));
        Branch branch = new Branch(BranchId.of(randomId("branch")), tenant, "Filiale Altstadt",
                ZoneId.of("Europe/Berlin"), hours);

        // when
        catalogue.saveBranch(branch);

        // then
        Branch found = catalogue.findBranch(tenant, branch.id()).orElseThrow();
        assertThat(found).isEqualTo(branch);
        assertThat(found.openingHours().overrides()).isEqualTo(hours.overrides());
        assertThat(found.openingHours().weekly().windowsOn(DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void listBranches_returnsExactlyTheTenantsBranches() {
        Branch a = ContractFixtures.branch(tenant, BranchId.of(randomId("branch")));
        Branch b = ContractFixtures.branch(tenant, BranchId.of(randomId("branch")));
        catalogue.saveBranch(a);
        catalogue.saveBranch(b);

        assertThat(catalogue.listBranches(tenant)).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void savingABranchAgain_updatesItInPlace() {
        Branch branch = ContractFixtures.branch(tenant, BranchId.of(randomId("branch")));
        catalogue.saveBranch(branch);
        Branch changed = new Branch(branch.id(), tenant, "Filiale Nord", ZoneId.of("Europe/Vienna"),
                branch.openingHours().withOverride(DateOverride.closed(LocalDate.of(2031, 5, 1), "Maifeiertag")));

        catalogue.saveBranch(changed);

        assertThat(catalogue.findBranch(tenant, branch.id())).contains(changed);
        assertThat(catalogue.listBranches(tenant)).containsExactly(changed);
    }

    @Test
    void deletedBranch_isGone_andDeletingItAgainReturnsFalse() {
        Branch branch = ContractFixtures.branch(tenant, BranchId.of(randomId("branch")));
        catalogue.saveBranch(branch);

        assertThat(catalogue.deleteBranch(tenant, branch.id())).isTrue();

        assertThat(catalogue.findBranch(tenant, branch.id())).isEmpty();
        assertThat(catalogue.listBranches(tenant)).isEmpty();
        assertThat(catalogue.deleteBranch(tenant, branch.id())).isFalse();
    }

    // ---- staff ------------------------------------------------------------------------------------------------

    @Test
    void savedStaff_roundTripsAliasesServicesHoursBreaksAndTimeOff() {
        // given
        Branch branch = savedBranch();
        ServiceId cut = savedService("Haarschnitt").id();
        ServiceId colour = savedService("Färben").id();
        WeeklyHours hours = WeeklyHours.weekdays(LocalTimeWindow.of("08:30", "12:00"),
                LocalTimeWindow.of("13:00", "17:45")).with(DayOfWeek.SATURDAY, LocalTimeWindow.of("09:00", "13:00"));
        WeeklyHours breaks = WeeklyHours.on(List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                LocalTimeWindow.of("10:15", "10:30"), LocalTimeWindow.of("15:00", "15:10"));
        List<TimeOff> timeOff = List.of(
                new TimeOff(TimeInterval.of(Instant.parse("2031-07-01T00:00:00Z"),
                        Instant.parse("2031-07-15T00:00:00Z")), "Urlaub"),
                new TimeOff(TimeInterval.of(Instant.parse("2031-05-06T07:00:00Z"),
                        Instant.parse("2031-05-06T09:30:00Z")), "Arzttermin"),
                new TimeOff(TimeInterval.of(Instant.parse("2031-09-01T08:00:00Z"),
                        Instant.parse("2031-09-01T09:00:00Z")), ""));
        Staff staff = new Staff(StaffId.of(randomId("staff")), tenant, branch.id(), "Maria Schmidt",
                List.of("Maria", "Mari", "Frau Schmidt"), Set.of(cut, colour), hours, breaks, timeOff, true);

        // when
        catalogue.saveStaff(staff);

        // then
        Staff found = catalogue.findStaff(tenant, staff.id()).orElseThrow();
        assertThat(found).isEqualTo(staff);
        assertThat(found.aliases()).containsExactly("Maria", "Mari", "Frau Schmidt");
        assertThat(found.timeOff()).containsExactlyElementsOf(timeOff);
    }

    @Test
    void inactiveStaffWithoutServicesOrHours_roundTrips() {
        Branch branch = savedBranch();
        Staff staff = new Staff(StaffId.of(randomId("staff")), tenant, branch.id(), "Emma", List.of(), Set.of(),
                WeeklyHours.none(), WeeklyHours.none(), List.of(), false);

        catalogue.saveStaff(staff);

        assertThat(catalogue.findStaff(tenant, staff.id())).contains(staff);
    }

    @Test
    void listStaff_returnsOnlyThatBranchsStaff_orderedById() {
        // given
        Branch branch = savedBranch();
        Branch other = savedBranch();
        String prefix = randomId("staff").substring(0, 30);
        Staff c = staff(branch.id(), StaffId.of(prefix + "-c"));
        Staff a = staff(branch.id(), StaffId.of(prefix + "-a"));
        Staff b = staff(branch.id(), StaffId.of(prefix + "-b"));
        Staff elsewhere = staff(other.id(), StaffId.of(prefix + "-d"));
        for (Staff s : List.of(c, a, elsewhere, b)) {
            catalogue.saveStaff(s);
        }

        // when / then
        assertThat(catalogue.listStaff(tenant, branch.id())).containsExactly(a, b, c);
        assertThat(catalogue.listStaff(tenant, other.id())).containsExactly(elsewhere);
    }

    @Test
    void listStaff_doesNotTreatAnUnderscoreInTheBranchIdAsAWildcard() {
        String prefix = randomId("b").substring(0, 20);
        Branch underscore = savedBranch(BranchId.of(prefix + "_x"));
        Branch lookalike = savedBranch(BranchId.of(prefix + "ax"));
        Staff s = staff(lookalike.id(), StaffId.of(randomId("staff")));
        catalogue.saveStaff(s);

        assertThat(catalogue.listStaff(tenant, underscore.id())).isEmpty();
        assertThat(catalogue.listStaff(tenant, lookalike.id())).containsExactly(s);
    }

    @Test
    void savingStaffAgain_replacesEveryField() {
        Branch branch = savedBranch();
        Staff staff = staff(branch.id(), StaffId.of(randomId("staff")));
        catalogue.saveStaff(staff);
        Staff changed = new Staff(staff.id(), tenant, branch.id(), "Maria Meier", List.of("Meier"), Set.of(),
                WeeklyHours.none(), WeeklyHours.weekdays(LocalTimeWindow.of("12:00", "12:30")), List.of(), false);

        catalogue.saveStaff(changed);

        assertThat(catalogue.findStaff(tenant, staff.id())).contains(changed);
        assertThat(catalogue.listStaff(tenant, branch.id())).containsExactly(changed);
    }

    @Test
    void deletedStaff_isGone_andDeletingAgainReturnsFalse() {
        Branch branch = savedBranch();
        Staff staff = staff(branch.id(), StaffId.of(randomId("staff")));
        catalogue.saveStaff(staff);

        assertThat(catalogue.deleteStaff(tenant, staff.id())).isTrue();

        assertThat(catalogue.findStaff(tenant, staff.id())).isEmpty();
        assertThat(catalogue.listStaff(tenant, branch.id())).isEmpty();
        assertThat(catalogue.deleteStaff(tenant, staff.id())).isFalse();
    }

    // ---- services ---------------------------------------------------------------------------------------------

    @Test
    void plainService_roundTripsEveryField() {
        Service service = new Service(ServiceId.of(randomId("service")), tenant, "Herrenhaarschnitt",
                List.of("Haarschnitt", "Schnitt Herren"), Duration.ofMinutes(45), new Money(3550, "EUR"),
                Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20), Optional.empty(),
                PolicyOverride.none(), false);

        catalogue.saveService(service);

        assertThat(catalogue.findService(tenant, service.id())).contains(service);
    }

    @Test
    void compositeService_roundTripsStepsPausePolicyQualifiedStaffAndPolicyOverride() {
        // given
        StaffId maria = StaffId.of(randomId("staff"));
        StaffId emma = StaffId.of(randomId("staff"));
        CompositeDefinition definition = new CompositeDefinition(List.of(
                ServiceStep.WorkSegment.of("colour", "Farbe auftragen", 30),
                ServiceStep.Pause.of(45),
                new ServiceStep.WorkSegment("wash", "Waschen", Duration.ofMinutes(15), Set.of(maria, emma)),
                new ServiceStep.WorkSegment("cut", "Schneiden", Duration.ofMinutes(30), Set.of(emma)),
                ServiceStep.Pause.of(15),
                ServiceStep.WorkSegment.of("blowdry", "Föhnen", 30)), PausePolicy.FLEXIBLE);
        PolicyOverride override = new PolicyOverride(Optional.of(Duration.ofHours(24)), Optional.empty(),
                Optional.of(Duration.ofHours(48)), Optional.empty(), Optional.of(1),
                Optional.of(Duration.ofMinutes(10)));
        Service service = Service.composite(ServiceId.of(randomId("service")), tenant, "Ansatzfärbung komplett",
                        definition, Money.euros(120))
                .withAliases(List.of("Ansatzfärbung", "Färben mit Schnitt"))
                .withBuffers(Duration.ofMinutes(10), Duration.ofMinutes(5))
                .withPolicy(override);

        // when
        catalogue.saveService(service);

        // then
        Service found = catalogue.findService(tenant, service.id()).orElseThrow();
        assertThat(found).isEqualTo(service);
        assertThat(found.composite().orElseThrow().steps()).containsExactlyElementsOf(definition.steps());
        assertThat(found.composite().orElseThrow().pausePolicy()).isEqualTo(PausePolicy.FLEXIBLE);
        assertThat(found.policy()).isEqualTo(override);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FREE", "BLOCKED", "FLEXIBLE", "NEVER"})
    void everyPausePolicy_roundTrips(String policy) {
        CompositeDefinition definition = new CompositeDefinition(List.of(ServiceStep.WorkSegment.of("a", "A", 15),
                ServiceStep.Pause.of(10), ServiceStep.WorkSegment.of("b", "B", 15)), PausePolicy.valueOf(policy));
        Service service = Service.composite(ServiceId.of(randomId("service")), tenant, "Zweiteilig", definition,
                Money.euros(50));

        catalogue.saveService(service);

        assertThat(catalogue.findService(tenant, service.id())).contains(service);
    }

    @Test
    void listServices_returnsTheTenantsServicesOrderedById() {
        String prefix = randomId("service").substring(0, 30);
        Service b = Service.plain(ServiceId.of(prefix + "-b"), tenant, "B", 30, Money.euros(10));
        Service a = Service.plain(ServiceId.of(prefix + "-a"), tenant, "A", 30, Money.euros(10));
        Service c = Service.plain(ServiceId.of(prefix + "-c"), tenant, "C", 30, Money.euros(10));
        catalogue.saveService(b);
        catalogue.saveService(c);
        catalogue.saveService(a);

        assertThat(catalogue.listServices(tenant)).containsExactly(a, b, c);
    }

    @Test
    void savingAServiceAgain_replacesIt_fromPlainToComposite() {
        Service plain = savedService("Schnitt");
        Service composite = Service.composite(plain.id(), tenant, "Schnitt und Farbe",
                new CompositeDefinition(List.of(ServiceStep.WorkSegment.of("a", "A", 15), ServiceStep.Pause.of(20),
                        ServiceStep.WorkSegment.of("b", "B", 15)), PausePolicy.BLOCKED), Money.euros(70));

        catalogue.saveService(composite);

        assertThat(catalogue.findService(tenant, plain.id())).contains(composite);
        assertThat(catalogue.listServices(tenant)).containsExactly(composite);
    }

    @Test
    void deletedService_isGone_andDeletingAgainReturnsFalse() {
        Service service = savedService("Schnitt");

        assertThat(catalogue.deleteService(tenant, service.id())).isTrue();

        assertThat(catalogue.findService(tenant, service.id())).isEmpty();
        assertThat(catalogue.listServices(tenant)).isEmpty();
        assertThat(catalogue.deleteService(tenant, service.id())).isFalse();
    }

    // ---- holidays ---------------------------------------------------------------------------------------------

    @Test
    void holidays_roundTripRecurrenceStaffListsAndBranchScope() {
        // given
        Branch branch = savedBranch();
        Staff maria = staff(branch.id(), StaffId.of(randomId("staff")));
        Staff emma = staff(branch.id(), StaffId.of(randomId("staff")));
        catalogue.saveStaff(maria);
        catalogue.saveStaff(emma);
        Holiday newYear = Holiday.singleDay(HolidayId.of(randomId("hol")), tenant, "Neujahr",
                HolidayType.PUBLIC_HOLIDAY, LocalDate.of(2031, 1, 1), true);
        Holiday training = new Holiday(HolidayId.of(randomId("hol")), tenant, Optional.of(branch.id()),
                "Schulung", HolidayType.TRAINING, LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 5), false,
                Set.of(maria.id(), emma.id()));
        Holiday yearEnd = new Holiday(HolidayId.of(randomId("hol")), tenant, Optional.of(branch.id()),
                "Betriebsferien", HolidayType.COMPANY_HOLIDAY, LocalDate.of(2030, 12, 27),
                LocalDate.of(2031, 1, 2), true, Set.of());
        Holiday maintenance = new Holiday(HolidayId.of(randomId("hol")), tenant, Optional.empty(), "Renovierung",
                HolidayType.MAINTENANCE, LocalDate.of(2031, 8, 4), LocalDate.of(2031, 8, 4), false,
                Set.of(maria.id()));

        // when
        for (Holiday h : List.of(newYear, training, yearEnd, maintenance)) {
            catalogue.saveHoliday(h);
        }

        // then
        assertThat(catalogue.listHolidays(tenant)).containsExactlyInAnyOrder(newYear, training, yearEnd,
                maintenance);
    }

    @Test
    void savingAHolidayAgain_updatesIt() {
        Holiday holiday = Holiday.singleDay(HolidayId.of(randomId("hol")), tenant, "Feiertag",
                HolidayType.PUBLIC_HOLIDAY, LocalDate.of(2031, 10, 3), false);
        catalogue.saveHoliday(holiday);
        Holiday changed = Holiday.singleDay(holiday.id(), tenant, "Tag der Deutschen Einheit",
                HolidayType.PUBLIC_HOLIDAY, LocalDate.of(2031, 10, 3), true);

        catalogue.saveHoliday(changed);

        assertThat(catalogue.listHolidays(tenant)).containsExactly(changed);
    }

    @Test
    void deletedHoliday_isGone_andDeletingAgainReturnsFalse() {
        Holiday holiday = Holiday.singleDay(HolidayId.of(randomId("hol")), tenant, "Feiertag",
                HolidayType.OTHER, LocalDate.of(2031, 10, 3), false);
        catalogue.saveHoliday(holiday);

        assertThat(catalogue.deleteHoliday(tenant, holiday.id())).isTrue();

        assertThat(catalogue.listHolidays(tenant)).isEmpty();
        assertThat(catalogue.deleteHoliday(tenant, holiday.id())).isFalse();
    }

    // ---- tenant isolation -------------------------------------------------------------------------------------

    @Test
    void anotherTenant_seesNoneOfTheCatalogue() {
        // given
        Branch branch = savedBranch();
        Staff staff = staff(branch.id(), StaffId.of(randomId("staff")));
        catalogue.saveStaff(staff);
        Service service = savedService("Schnitt");
        Holiday holiday = savedHoliday();
        TenantId other = randomTenant();
        catalogue.saveCompany(company(other));

        // then
        assertThat(catalogue.findCompany(other)).map(Company::id).contains(other);
        assertThat(catalogue.findBranch(other, branch.id())).isEmpty();
        assertThat(catalogue.listBranches(other)).isEmpty();
        assertThat(catalogue.findStaff(other, staff.id())).isEmpty();
        assertThat(catalogue.listStaff(other, branch.id())).isEmpty();
        assertThat(catalogue.findService(other, service.id())).isEmpty();
        assertThat(catalogue.listServices(other)).isEmpty();
        assertThat(catalogue.listHolidays(other)).isEmpty();
    }

    @Test
    void anotherTenant_deletesNothing() {
        // given
        Branch branch = savedBranch();
        Staff staff = staff(branch.id(), StaffId.of(randomId("staff")));
        catalogue.saveStaff(staff);
        Service service = savedService("Schnitt");
        Holiday holiday = savedHoliday();
        TenantId other = randomTenant();
        catalogue.saveCompany(company(other));

        // when
        boolean deletedAny = catalogue.deleteHoliday(other, holiday.id())
                | catalogue.deleteService(other, service.id())
                | catalogue.deleteStaff(other, staff.id())
                | catalogue.deleteBranch(other, branch.id());

        // then
        assertThat(deletedAny).isFalse();
        assertThat(catalogue.findBranch(tenant, branch.id())).contains(branch);
        assertThat(catalogue.findStaff(tenant, staff.id())).contains(staff);
        assertThat(catalogue.findService(tenant, service.id())).contains(service);
        assertThat(catalogue.listHolidays(tenant)).containsExactly(holiday);
    }

    @Test
    void theSameIdsUnderAnotherTenant_leaveTheFirstTenantsRowsUntouched() {
        // given
        Branch branch = savedBranch();
        Staff staff = staff(branch.id(), StaffId.of(randomId("staff")));
        catalogue.saveStaff(staff);
        Service service = savedService("Schnitt");
        Holiday holiday = savedHoliday();
        TenantId other = randomTenant();
        catalogue.saveCompany(company(other));

        // when
        Branch theirBranch = new Branch(branch.id(), other, "Fremde Filiale", ZONE, branch.openingHours());
        catalogue.saveBranch(theirBranch);
        Staff theirStaff = new Staff(staff.id(), other, branch.id(), "Fremd", List.of(), Set.of(),
                WeeklyHours.none(), WeeklyHours.none(), List.of(), true);
        catalogue.saveStaff(theirStaff);
        Service theirService = Service.plain(service.id(), other, "Fremd", 60, Money.euros(1));
        catalogue.saveService(theirService);
        Holiday theirHoliday = Holiday.singleDay(holiday.id(), other, "Fremd", HolidayType.OTHER,
                LocalDate.of(2031, 2, 2), false);
        catalogue.saveHoliday(theirHoliday);

        // then
        assertThat(catalogue.findBranch(tenant, branch.id())).contains(branch);
        assertThat(catalogue.findStaff(tenant, staff.id())).contains(staff);
        assertThat(catalogue.findService(tenant, service.id())).contains(service);
        assertThat(catalogue.listHolidays(tenant)).containsExactly(holiday);
        assertThat(catalogue.findBranch(other, branch.id())).contains(theirBranch);
        assertThat(catalogue.findStaff(other, staff.id())).contains(theirStaff);
        assertThat(catalogue.findService(other, service.id())).contains(theirService);
        assertThat(catalogue.listHolidays(other)).containsExactly(theirHoliday);
    }

    // ---- text -------------------------------------------------------------------------------------------------

    @Test
    void unicodeText_roundTripsExactly() {
        assertTextRoundTrips(UNICODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'; DROP TABLE x; --", "%", "_", "\\", "50% \\_off_ 'O''Brien' \"quoted\" ;--",
            "\\'\\\\%_"})
    void sqlMetacharacters_roundTripExactly(String text) {
        assertTextRoundTrips(text);
    }

    private void assertTextRoundTrips(String text) {
        // given
        Company company = new Company(tenant, text, BookingPolicy.DEFAULTS);
        Branch branch = new Branch(BranchId.of(randomId("branch")), tenant, text, ZONE,
                OpeningHours.of(WeeklyHours.none(), List.of(DateOverride.closed(LocalDate.of(2031, 6, 1), text))));
        Service service = Service.composite(ServiceId.of(randomId("service")), tenant, text,
                        new CompositeDefinition(List.of(ServiceStep.WorkSegment.of("a", text, 15),
                                ServiceStep.Pause.of(10), ServiceStep.WorkSegment.of("b", text, 15)),
                                PausePolicy.FREE), Money.euros(1))
                .withAliases(List.of(text, "x" + text));
        Staff staff = new Staff(StaffId.of(randomId("staff")), tenant, branch.id(), text, List.of(text),
                Set.of(service.id()), WeeklyHours.none(), WeeklyHours.none(),
                List.of(new TimeOff(TimeInterval.of(Instant.parse("2031-06-01T08:00:00Z"),
                        Instant.parse("2031-06-01T09:00:00Z")), text)), true);
        Holiday holiday = new Holiday(HolidayId.of(randomId("hol")), tenant, Optional.of(branch.id()), text,
                HolidayType.OTHER, LocalDate.of(2031, 6, 2), LocalDate.of(2031, 6, 2), false, Set.of());

        // when
        catalogue.saveCompany(company);
        catalogue.saveBranch(branch);
        catalogue.saveService(service);
        catalogue.saveStaff(staff);
        catalogue.saveHoliday(holiday);

        // then
        assertThat(catalogue.findCompany(tenant)).contains(company);
        assertThat(catalogue.findBranch(tenant, branch.id())).contains(branch);
        assertThat(catalogue.findService(tenant, service.id())).contains(service);
        assertThat(catalogue.findStaff(tenant, staff.id())).contains(staff);
        assertThat(catalogue.listHolidays(tenant)).containsExactly(holiday);
        assertThat(catalogue.findStaff(tenant, staff.id()).orElseThrow().name()).isEqualTo(text.strip());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Branch savedBranch() {
        return savedBranch(BranchId.of(randomId("branch")));
    }

    private Branch savedBranch(BranchId id) {
        Branch branch = ContractFixtures.branch(tenant, id);
        catalogue.saveBranch(branch);
        return branch;
    }

    private Staff staff(BranchId branch, StaffId id) {
        return ContractFixtures.staff(tenant, branch, id, Set.of());
    }

    private Service savedService(String name) {
        Service service = Service.plain(ServiceId.of(randomId("service")), tenant, name, 30, Money.euros(30));
        catalogue.saveService(service);
        return service;
    }

    private Holiday savedHoliday() {
        Holiday holiday = Holiday.singleDay(HolidayId.of(randomId("hol")), tenant, "Feiertag",
                HolidayType.PUBLIC_HOLIDAY, LocalDate.of(2031, 5, 1), true);
        catalogue.saveHoliday(holiday);
        return holiday;
    }
}
