package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.CatalogueRepository;
import dev.termin.booking.application.port.out.HoldRepository;
import dev.termin.booking.application.port.out.WaitlistRepository;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.time.WeeklyHours;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The storage of the adapter's own tests: before an appointment, hold or waiting list entry is written, the branch,
 * service and staff members it names are saved too (as the engine's catalogue would have them), so that the
 * foreign keys of V7 are met while each test keeps building its bookings from random ids.
 */
final class CataloguedStorage {

    private CataloguedStorage() {
    }

    static BookingStorage of(BookingStorage s) {
        CatalogueRepository catalogue = s.catalogue();
        return new BookingStorage(s.transactions(), s.staffLocks(), catalogue,
                saving(AppointmentRepository.class, s.appointments(), catalogue),
                saving(HoldRepository.class, s.holds(), catalogue), s.bookedTime(),
                saving(WaitlistRepository.class, s.waitlist(), catalogue),
                s.outbox(), s.idempotency(), s.flowLog());
    }

    /** Saves the catalogue rows that {@code a}, a hold or an entry names, when missing. */
    static void ensure(CatalogueRepository catalogue, Object value) {
        if (value instanceof Appointment a) {
            ensure(catalogue, a.tenant(), a.branch(), a.service(),
                    Stream.concat(Stream.of(a.staff()), a.occupancies().stream().map(Occupancy::staff)));
        } else if (value instanceof Hold h) {
            ensure(catalogue, h.tenant(), h.branch(), h.service(),
                    Stream.concat(Stream.of(h.staff()), h.occupancies().stream().map(Occupancy::staff)));
        } else if (value instanceof WaitlistEntry e) {
            ensure(catalogue, e.tenant(), e.branch(), e.service(), e.staff().stream());
        }
    }

    private static void ensure(CatalogueRepository catalogue, TenantId tenant, BranchId branch, ServiceId service,
            Stream<StaffId> staff) {
        if (catalogue.findBranch(tenant, branch).isEmpty()) {
            catalogue.saveBranch(new Branch(branch, tenant, "Filiale", ZoneId.of("Europe/Berlin"),
                    OpeningHours.weekly(WeeklyHours.none())));
        }
        if (catalogue.findService(tenant, service).isEmpty()) {
            catalogue.saveService(Service.plain(service, tenant, "Haarschnitt", 30, Money.euros(35)));
        }
        for (StaffId id : staff.distinct().toList()) {
            if (catalogue.findStaff(tenant, id).isEmpty()) {
                catalogue.saveStaff(new Staff(id, tenant, branch, "Maria", List.of(), Set.of(service),
                        WeeklyHours.none(), WeeklyHours.none(), List.of(), true, List.of()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T saving(Class<T> port, T target, CatalogueRepository catalogue) {
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (args != null) {
                for (Object arg : args) {
                    ensure(catalogue, arg);
                }
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
