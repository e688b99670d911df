package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.DAY;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.at;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.now;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.randomId;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.appointment.StatusChange;
import dev.termin.booking.domain.calendar.StaffDateException;
import dev.termin.booking.domain.catalogue.TimeBlock;
import dev.termin.booking.domain.catalogue.CompositeDefinition;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.ResourceNeed;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.SchedulingSettings;
import dev.termin.booking.domain.catalogue.SchedulingSettings.BufferPlacement;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.ServiceStep.Pause;
import dev.termin.booking.domain.catalogue.ServiceStep.WorkSegment;
import dev.termin.booking.domain.catalogue.SlotGrid;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.policy.BookingLimits;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.ResourceOccupancy;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Contract of the scheduling model in storage: the catalogue's scheduling settings, date exceptions, service
 * resources / staff count / grid / daily maximum, blocks and resource types; appointments and holds with their
 * resource units, several staff and attendance changes; the store's own no-over-use guarantee for resource units;
 * and the customer history query.
 */
public abstract class AbstractSchedulingStorageTest {

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract BookingStorage storage();

    private static final ResourceTypeId BASIN = ResourceTypeId.of("wash-basin");

    private BookingStorage storage;
    private CatalogueRepository catalogue;
    private ContractFixtures f;

    @BeforeEach
    void setUpTenant() {
        storage = storage();
        catalogue = storage.catalogue();
        f = ContractFixtures.create(storage);
    }

    private void basins(int count) {
        catalogue.saveResourceType(new ResourceType(BASIN, f.tenant(), f.branch(), "Waschbecken", count));
    }

    private static Appointment withResources(Appointment a, List<ResourceOccupancy> resources,
            List<StatusChange> changes) {
        return new Appointment(a.id(), a.tenant(), a.branch(), a.service(), a.staff(), a.interval(), a.segments(),
                a.occupancies(), a.customer(), a.notes(), a.status(), a.source(), a.sync(), a.compositeGroupId(),
                a.rescheduleCount(), a.correlationId(), a.fromHold(), a.fencingToken(), a.createdAt(), a.updatedAt(),
                a.cancellationReason(), resources, changes);
    }

    private Appointment usingBasins(StaffId staff, TimeInterval interval, int units) {
        return withResources(f.appointment(staff, interval), List.of(new ResourceOccupancy(BASIN, units, interval)),
                List.of());
    }

    private static Hold withResources(Hold h, List<ResourceOccupancy> resources) {
        return new Hold(h.token(), h.tenant(), h.branch(), h.service(), h.staff(), h.owner(), h.interval(),
                h.segments(), h.occupancies(), h.createdAt(), h.expiresAt(), h.status(), h.convertedTo(),
                h.cancelReason(), h.closedAt(), resources);
    }

    // ---- catalogue ---------------------------------------------------------------------------------------------

    @Test
    void theCompanysSchedulingSettings_roundTrip() {
        SchedulingSettings settings = SchedulingSettings.DEFAULTS
                .withDefaultBuffers(Duration.ofMinutes(5), Duration.ofMinutes(15))
                .withBufferPlacement(BufferPlacement.WORKING_TIME)
                .withLimits(BookingLimits.NONE.withStaffAppointmentsPerDay(8).withStaffMinutesPerDay(Duration
                        .ofMinutes(420)).withServiceAppointmentsPerDay(3).withMinimumGap(Duration.ofMinutes(10)));
        var company = ContractFixtures.company(f.tenant()).withScheduling(settings);

        catalogue.saveCompany(company);

        assertThat(catalogue.findCompany(f.tenant())).contains(company);
    }

    @Test
    void aStaffMembersDateExceptions_roundTrip() {
        Staff staff = catalogue.findStaff(f.tenant(), f.staff()).orElseThrow().withDateExceptions(List.of(
                StaffDateException.replace(DAY, LocalTimeWindow.of("10:00", "12:00")),
                new StaffDateException(DAY.plusDays(1), StaffDateException.Mode.ADD,
                        List.of(LocalTimeWindow.of("18:00", "20:00")), "Abendtermine")));

        catalogue.saveStaff(staff);

        assertThat(catalogue.findStaff(f.tenant(), f.staff())).contains(staff);
    }

    @Test
    void aServicesResourcesStaffCountGridAndDailyMaximum_roundTrip() {
        Service plain = Service.plain(ServiceId.of(randomId("bridal")), f.tenant(), "Brautstyling", 50,
                Money.euros(200)).withStaffCount(2).withGrid(SlotGrid.FREE_RANGE, Duration.ofMinutes(50))
                .withMaxPerDay(2).withResources(List.of(ResourceNeed.whole(BASIN, 1)));
        Service composite = Service.composite(ServiceId.of(randomId("colour")), f.tenant(), "Färben",
                new CompositeDefinition(List.of(new WorkSegment("colour", "Farbe", Duration.ofMinutes(30), Set.of(),
                        2), Pause.of(30), WorkSegment.of("wash", "Waschen", 15)), PausePolicy.FREE), Money.euros(90))
                .withResources(List.of(ResourceNeed.during("wash", BASIN, 1)));

        catalogue.saveService(plain);
        catalogue.saveService(composite);

        assertThat(catalogue.findService(f.tenant(), plain.id())).contains(plain);
        assertThat(catalogue.findService(f.tenant(), composite.id())).contains(composite);
    }

    @Test
    void blocks_roundTrip_perBranch_andAreDeleted() {
        TimeBlock meeting = TimeBlock.forBranch(randomId("meeting"), f.branch(), DAY,
                LocalTimeWindow.of("14:00", "16:00"), "Teambesprechung");
        TimeBlock training = new TimeBlock(randomId("training"), f.branch(), DAY.plusDays(1),
                LocalTimeWindow.of("09:00", "10:30"), Set.of(f.staff()), "Schulung");

        catalogue.saveTimeBlock(f.tenant(), training);
        catalogue.saveTimeBlock(f.tenant(), meeting);

        assertThat(catalogue.listTimeBlocks(f.tenant(), f.branch())).containsExactly(meeting, training);
        assertThat(catalogue.listTimeBlocks(ContractFixtures.randomTenant(), f.branch())).isEmpty();
        assertThat(catalogue.deleteTimeBlock(f.tenant(), meeting.id())).isTrue();
        assertThat(catalogue.listTimeBlocks(f.tenant(), f.branch())).containsExactly(training);
    }

    @Test
    void resourceTypes_roundTrip_changeTheirCount_andAreDeleted() {
        basins(3);
        ResourceType stations = new ResourceType(ResourceTypeId.of("colour-station"), f.tenant(), f.branch(),
                "Farbplatz", 2);
        catalogue.saveResourceType(stations);
        basins(1);

        assertThat(catalogue.listResourceTypes(f.tenant(), f.branch())).containsExactly(stations,
                new ResourceType(BASIN, f.tenant(), f.branch(), "Waschbecken", 1));
        assertThat(catalogue.deleteResourceType(f.tenant(), f.branch(), stations.id())).isTrue();
        assertThat(catalogue.listResourceTypes(f.tenant(), f.branch())).extracting(ResourceType::id)
                .containsExactly(BASIN);
    }

    // ---- appointments and holds ----------------------------------------------------------------------------

    @Test
    void anAppointmentsResourcesSeveralStaffAndAttendanceChanges_roundTrip() {
        basins(2);
        StaffId partner = f.addStaff();
        TimeInterval interval = at("10:00", 30);
        Appointment base = f.appointment()
                .segments(List.of(new SegmentAssignment("main", "Brautstyling", 1, 1, f.staff(), interval,
                        List.of(partner))))
                .occupancies(new Occupancy(f.staff(), interval, OccupancyKind.WORK),
                        new Occupancy(partner, interval, OccupancyKind.WORK))
                .interval(interval).status(AppointmentStatus.COMPLETED).build();
        Appointment a = withResources(base, List.of(new ResourceOccupancy(BASIN, 2, interval),
                new ResourceOccupancy(BASIN, 1, at("10:30", 15))), List.of(
                new StatusChange(AppointmentStatus.ARRIVED, "desk-1", time("09:55")),
                new StatusChange(AppointmentStatus.COMPLETED, "anna", time("10:35"))));

        storage.appointments().insert(a);

        assertThat(storage.appointments().find(f.tenant(), a.id())).contains(a);
    }

    @Test
    void aHoldsResources_roundTrip() {
        basins(1);
        Hold h = withResources(f.hold(f.staff(), at("10:00", 30)),
                List.of(new ResourceOccupancy(BASIN, 1, at("10:00", 30))));

        storage.holds().insert(h, now());

        assertThat(storage.holds().find(f.tenant(), h.token())).contains(h);
    }

    @Test
    void moreUnitsThanTheTypeHas_areRefused_whileTouchingUseIsAllowed() {
        basins(2);
        storage.appointments().insert(usingBasins(f.staff(), at("10:00", 30), 1));
        StaffId other = f.addStaff();
        StaffId third = f.addStaff();
        storage.appointments().insert(usingBasins(other, at("10:15", 30), 1));

        // a third basin at 10:20 does not exist; at 10:30 (touching the first) one is free again
        Appointment over = usingBasins(third, at("10:20", 30), 1);
        assertThatThrownBy(() -> storage.appointments().insert(over)).isInstanceOf(SlotConflictException.class);
        assertThat(storage.appointments().find(f.tenant(), over.id())).isEmpty();
        storage.appointments().insert(usingBasins(third, at("10:30", 30), 1));
        // a type the branch does not have has no units
        Appointment missing = withResources(f.appointment(third, at("12:00", 30)), List.of(
                new ResourceOccupancy(ResourceTypeId.of("sauna"), 1, at("12:00", 30))), List.of());
        assertThatThrownBy(() -> storage.appointments().insert(missing))
                .isInstanceOf(SlotConflictException.class);
    }

    @Test
    void unitsOfCancelledAppointmentsAndOfClosedOrExpiredHolds_areFreeAgain() {
        basins(1);
        StaffId other = f.addStaff();
        Appointment a = usingBasins(f.staff(), at("10:00", 30), 1);
        storage.appointments().insert(a);
        storage.appointments().update(a.cancel("Kunde abgesagt", now()));
        storage.appointments().insert(usingBasins(other, at("10:00", 30), 1));

        Hold expired = withResources(f.hold().staff(f.staff()).interval(at("11:00", 30))
                .createdAt(now().minus(Duration.ofMinutes(10))).build(),
                List.of(new ResourceOccupancy(BASIN, 1, at("11:00", 30))));
        storage.holds().insert(expired, expired.createdAt());
        storage.appointments().insert(usingBasins(other, at("11:00", 30), 1));
    }

    @Test
    void anActiveHoldsUnits_blockAnAppointmentOfAnotherStaffMember() {
        basins(1);
        storage.holds().insert(withResources(f.hold(f.staff(), at("10:00", 30)),
                List.of(new ResourceOccupancy(BASIN, 1, at("10:00", 30)))), now());

        assertThatThrownBy(() -> storage.appointments().insert(usingBasins(f.addStaff(), at("10:00", 30), 1)))
                .isInstanceOf(SlotConflictException.class);
    }

    @Test
    @Timeout(120)
    void eightConcurrentBookersOfTwoBasins_storeAtMostTwoOverlappingUses() {
        basins(2);
        List<Appointment> candidates = IntStream.range(0, 8)
                .mapToObj(i -> usingBasins(f.addStaff(), at("10:00", 30), 1)).toList();

        List<Boolean> stored = Concurrency.race(8, i -> {
            try {
                storage.transactions().inTransaction(() -> {
                    storage.appointments().insert(candidates.get(i));
                    return null;
                });
                return true;
            } catch (SlotConflictException e) {
                return false;
            }
        });

        assertThat(stored.stream().filter(b -> b).count()).isEqualTo(2);
        IntStream.range(0, 8).forEach(i -> assertThat(storage.appointments().find(f.tenant(),
                candidates.get(i).id()).isPresent()).isEqualTo(stored.get(i)));
    }

    // ---- customer history ------------------------------------------------------------------------------------

    @Test
    void findByContact_findsTheCustomersAppointmentsByPhoneOrEmailRegardlessOfCase() {
        Customer erika = ContractFixtures.customer();
        Appointment byPhone = f.appointment().interval(at("09:00", 30)).status(AppointmentStatus.NO_SHOW)
                .customer(Customer.withPhone("E. M.", erika.phone().orElseThrow().e164())).build();
        Appointment byEmail = f.appointment().interval(at("11:00", 30)).customer(new Customer("Erika",
                Optional.empty(), Optional.of(new EmailAddress("ERIKA@example.org")))).build();
        Appointment someoneElse = f.appointment().interval(at("12:00", 30))
                .customer(Customer.withPhone("Max", "+4915199999999")).build();
        List.of(byPhone, byEmail, someoneElse).forEach(storage.appointments()::insert);

        assertThat(storage.appointments().findByContact(f.tenant(), erika.phone(), erika.email())).containsExactly(byPhone, byEmail);
        assertThat(storage.appointments().findByContact(ContractFixtures.randomTenant(), erika.phone(),
                erika.email())).isEmpty();
    }
}
