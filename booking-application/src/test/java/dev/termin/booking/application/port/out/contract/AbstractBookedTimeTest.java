package dev.termin.booking.application.port.out.contract;

import static dev.termin.booking.application.port.out.contract.ContractFixtures.at;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.between;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.now;
import static dev.termin.booking.application.port.out.contract.ContractFixtures.time;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.BookedTime;
import dev.termin.booking.application.port.out.BookedTime.Booked;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.hold.HoldStatus;
import dev.termin.booking.domain.slot.BusyTime;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.ResourceOccupancy;
import dev.termin.booking.domain.slot.ResourceUse;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link BookedTime}, on the appointments and holds of the same storage: what takes a staff member's
 * time is found whole, with the names the slot search needs, and nothing else is; and the answer agrees with the
 * appointment and hold repositories' own reads for many random bookings.
 */
public abstract class AbstractBookedTimeTest {

    /** The storage under test; called once per test, may return the same shared instance every time. */
    protected abstract BookingStorage storage();

    private static final ResourceTypeId BASIN = ResourceTypeId.of("wash-basin");

    private BookingStorage storage;
    private BookedTime booked;
    private ContractFixtures f;
    private TenantId tenant;
    private StaffId staff;

    @BeforeEach
    void setUpTenant() {
        storage = storage();
        booked = storage.bookedTime();
        f = ContractFixtures.create(storage);
        tenant = f.tenant();
        staff = f.staff();
    }

    private Booked find(List<StaffId> who, TimeInterval range, Instant now) {
        return booked.find(tenant, who, range, now);
    }

    @Test
    void anAppointmentAndAHold_ofTheStaffMemberInTheRange_areFoundWithWhatTheSlotSearchNeeds() {
        // given
        Instant now = now();
        Appointment a = f.appointment(staff, at("10:00", 30));
        storage.appointments().insert(a);
        Hold h = f.hold().staff(staff).interval(at("11:00", 30)).owner("call-" + UUID.randomUUID() + " ü'%_\\")
                .createdAt(now).build();
        storage.holds().insert(h, now);

        // when
        Booked found = find(List.of(staff), between("09:00", "12:00"), now);

        // then
        assertThat(found.busy()).containsExactly(
                BusyTime.appointment(new Occupancy(staff, at("10:00", 30), OccupancyKind.WORK), a.id().value(),
                        a.service()),
                BusyTime.hold(new Occupancy(staff, at("11:00", 30), OccupancyKind.WORK), h.token().toString(),
                        h.owner(), h.service()));
        assertThat(found.resources()).isEmpty();
    }

    @Test
    void cancelledAppointments_closedOrExpiredHolds_andOtherStaffTimesOrTenants_takeNoTime() {
        // given
        Instant now = now();
        StaffId emma = f.addStaff();
        storage.appointments().insert(f.appointment().staff(staff).interval(at("10:00", 30)).cancelled("ill")
                .build());
        storage.holds().insert(f.hold().staff(staff).interval(at("10:30", 30)).createdAt(now)
                .status(HoldStatus.CANCELLED).build(), now);
        Hold expiring = f.hold().staff(staff).interval(at("11:00", 30)).createdAt(now).build();
        storage.holds().insert(expiring, now);
        storage.appointments().insert(f.appointment(emma, at("11:30", 30)));
        storage.appointments().insert(f.appointment(staff, at("13:00", 30)));
        ContractFixtures other = ContractFixtures.create(storage);
        storage.appointments().insert(other.appointment(other.staff(), at("10:00", 30)));

        // then
        assertThat(find(List.of(staff), between("09:00", "12:30"), expiring.expiresAt()).busy()).isEmpty();
        assertThat(find(List.of(staff), between("09:00", "12:30"), expiring.expiresAt().minusMillis(1)).busy())
                .extracting(BusyTime::reference).containsExactly(expiring.token().toString());
        assertThat(booked.find(other.tenant(), List.of(staff), between("09:00", "12:30"), now).busy()).isEmpty();
        assertThat(find(List.of(), between("00:00", "23:00"), now).busy()).isEmpty();
    }

    @Test
    void aCompositeBooking_isFoundWhole_withItsTimeOfOtherStaffAndOutsideTheRange() {
        // given colour with Maria 10:00-10:30, a pause, and the cut with Emma 11:15-11:45
        StaffId emma = f.addStaff();
        List<Occupancy> parts = List.of(new Occupancy(staff, at("10:00", 30), OccupancyKind.WORK),
                new Occupancy(staff, between("10:30", "11:15"), OccupancyKind.FLEXIBLE_PAUSE),
                new Occupancy(emma, at("11:15", 30), OccupancyKind.WORK));
        Appointment a = f.appointment().staff(staff).interval(between("10:00", "11:45")).occupancies(parts).build();
        storage.appointments().insert(a);

        // when asked only for Emma's time at 11:30
        Booked found = find(List.of(emma), at("11:30", 5), now());

        // then
        assertThat(found.busy()).extracting(BusyTime::occupancy).containsExactlyElementsOf(parts);
        assertThat(found.busy()).extracting(BusyTime::reference).containsOnly(a.id().value());
    }

    @Test
    void theResourceUnits_ofTheBookingsFound_comeWithThem_namingTheirBooking() {
        // given
        Instant now = now();
        storage.catalogue().saveResourceType(new ResourceType(BASIN, tenant, f.branch(), "Waschbecken", 3));
        Appointment plain = f.appointment(staff, at("10:00", 30));
        Appointment a = new Appointment(plain.id(), plain.tenant(), plain.branch(), plain.service(), plain.staff(),
                plain.interval(), plain.segments(), plain.occupancies(), plain.customer(), plain.notes(),
                plain.status(), plain.source(), plain.sync(), plain.compositeGroupId(), plain.rescheduleCount(),
                plain.correlationId(), plain.fromHold(), plain.fencingToken(), plain.createdAt(), plain.updatedAt(),
                plain.cancellationReason(), List.of(new ResourceOccupancy(BASIN, 2, at("10:00", 10))), List.of());
        storage.appointments().insert(a);
        Hold plainHold = f.hold().staff(staff).interval(at("11:00", 30)).createdAt(now).build();
        Hold h = new Hold(plainHold.token(), tenant, plainHold.branch(), plainHold.service(), staff,
                plainHold.owner(), plainHold.interval(), plainHold.segments(), plainHold.occupancies(),
                plainHold.createdAt(), plainHold.expiresAt(), plainHold.status(), plainHold.convertedTo(),
                plainHold.cancelReason(), plainHold.closedAt(), List.of(new ResourceOccupancy(BASIN, 1,
                        at("11:00", 30))));
        storage.holds().insert(h, now);

        // when
        Booked found = find(List.of(staff), between("09:00", "12:00"), now);

        // then
        assertThat(found.resources()).containsExactly(
                ResourceUse.appointment(new ResourceOccupancy(BASIN, 2, at("10:00", 10)), a.id().value()),
                ResourceUse.hold(new ResourceOccupancy(BASIN, 1, at("11:00", 30)), h.token().toString(),
                        h.owner()));
    }

    @Test
    void theAnswer_agreesWithTheAppointmentAndHoldRepositories_forManyRandomBookings() {
        // given three staff members with random appointments (some cancelled) and holds (some expiring soon)
        Random random = new Random(20261201L);
        Instant now = now();
        List<StaffId> team = List.of(staff, f.addStaff(), f.addStaff());
        for (int i = 0; i < 60; i++) {
            StaffId who = team.get(random.nextInt(team.size()));
            TimeInterval when = TimeInterval.of(time("08:00").plus(Duration.ofMinutes(5L * random.nextInt(120))),
                    Duration.ofMinutes(5L * (1 + random.nextInt(6))));
            if (random.nextBoolean()) {
                try {
                    storage.appointments().insert(random.nextInt(4) == 0
                            ? f.appointment().staff(who).interval(when).cancelled("moved").build()
                            : f.appointment(who, when));
                } catch (RuntimeException taken) {
                    // the time was taken by an earlier random booking: the store refused it, nothing to compare
                }
            } else {
                try {
                    storage.holds().insert(f.hold().staff(who).interval(when).createdAt(now)
                            .expiresAt(now.plus(Duration.ofMinutes(1 + random.nextInt(10)))).build(), now);
                } catch (RuntimeException taken) {
                    // as above
                }
            }
        }

        // then for random staff, ranges and times
        int seen = 0;
        for (int i = 0; i < 40; i++) {
            List<StaffId> who = team.subList(0, 1 + random.nextInt(team.size()));
            TimeInterval range = TimeInterval.of(time("07:00").plus(Duration.ofMinutes(15L * random.nextInt(50))),
                    Duration.ofMinutes(15L * (1 + random.nextInt(20))));
            Instant at = now.plus(Duration.ofMinutes(random.nextInt(12)));
            Booked expected = Booked.of(storage.appointments().findActiveOccupying(tenant, who, range),
                    storage.holds().findActiveOccupying(tenant, who, range, at).stream()
                            .filter(h -> h.isActiveAt(at)).toList());

            Booked found = find(who, range, at);

            assertThat(found.busy()).as("busy time of %s in %s at %s", who, range, at)
                    .containsExactlyInAnyOrderElementsOf(expected.busy());
            assertThat(found.resources()).containsExactlyInAnyOrderElementsOf(expected.resources());
            seen += found.busy().size();
        }
        assertThat(seen).as("busy time found over all queries").isPositive();
    }
}
