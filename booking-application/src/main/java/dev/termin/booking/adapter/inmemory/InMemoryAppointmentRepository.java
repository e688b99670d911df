package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.AppointmentRepository;
import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.Attendance;
import dev.termin.booking.domain.appointment.SyncStatus;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * In-memory {@link AppointmentRepository}, sharing its occupancy check with the {@link InMemoryHoldRepository} of
 * the same {@link InMemoryStorage}: {@link #insert} and {@link #update} refuse with {@link SlotConflictException}
 * any exclusive occupancy that overlaps an exclusive occupancy of the same tenant and staff member of another active
 * appointment, or of an active hold not expired at the storage clock's current instant (the port passes no
 * {@code now}), and resource units beyond a type's count ({@link OccupancyTables#checkResources}). An appointment's own occupancies never conflict with each other, and flexible pauses are not
 * checked by the store (fitting inside them is the slot search's rule).
 *
 * <p>Ids are scoped by tenant; inserting an existing id, or updating one the tenant does not have, fails with
 * {@link StorageException}. Results are ordered by start (creation time for {@link #findSyncRelevant}), then id.
 * Writes join the storage's transaction.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryAppointmentRepository implements AppointmentRepository {

    private static final Comparator<Appointment> BY_START = Comparator.comparing(Appointment::interval)
            .thenComparing(Appointment::id);

    private final OccupancyTables tables;
    private final Clock clock;

    InMemoryAppointmentRepository(OccupancyTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    @Override
    public void insert(Appointment appointment) {
        Objects.requireNonNull(appointment, "appointment");
        synchronized (tables.lock) {
            if (tables.appointments.find(appointment.tenant(), appointment.id()).isPresent()) {
                throw new StorageException("appointment " + appointment.id() + " already exists");
            }
            tables.checkFree(appointment.tenant(), appointment.activeOccupancies(), clock.instant(),
                    appointment.id());
            tables.checkResources(appointment.tenant(), appointment.branch(), appointment.activeResources(),
                    clock.instant(), appointment.id());
            tables.appointments.insert(appointment.tenant(), appointment.id(), appointment);
        }
    }

    @Override
    public void update(Appointment appointment) {
        Objects.requireNonNull(appointment, "appointment");
        synchronized (tables.lock) {
            if (tables.appointments.find(appointment.tenant(), appointment.id()).isEmpty()) {
                throw new StorageException("appointment " + appointment.id() + " does not exist");
            }
            tables.checkFree(appointment.tenant(), appointment.activeOccupancies(), clock.instant(),
                    appointment.id());
            tables.checkResources(appointment.tenant(), appointment.branch(), appointment.activeResources(),
                    clock.instant(), appointment.id());
            tables.appointments.replace(appointment.tenant(), appointment.id(), appointment);
        }
    }

    @Override
    public Optional<Appointment> find(TenantId tenant, AppointmentId id) {
        return tables.appointments.find(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(id, "id"));
    }

    /** Also matches a flexible pause overlapping {@code range}: the slot search needs to see it. */
    @Override
    public List<Appointment> findActiveOccupying(TenantId tenant, Collection<StaffId> staff, TimeInterval range) {
        Objects.requireNonNull(range, "range");
        Set<StaffId> wanted = Set.copyOf(staff);
        return tables.appointments.all(Objects.requireNonNull(tenant, "tenant")).stream()
                .filter(Appointment::isActive)
                .filter(a -> a.occupancies().stream()
                        .anyMatch(o -> wanted.contains(o.staff()) && o.interval().overlaps(range)))
                .sorted(BY_START).toList();
    }

    /** With a staff member: the appointments that are theirs ({@code staff}) or have a segment done by them. */
    @Override
    public List<Appointment> list(TenantId tenant, Optional<StaffId> staff, TimeInterval range) {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(range, "range");
        return tables.appointments.all(Objects.requireNonNull(tenant, "tenant")).stream()
                .filter(a -> a.interval().overlaps(range))
                .filter(a -> staff.isEmpty() || a.staff().equals(staff.get())
                        || a.segments().stream().anyMatch(s -> s.staff().equals(staff.get())))
                .sorted(BY_START).toList();
    }

    @Override
    public List<Appointment> findByContact(TenantId tenant, Optional<PhoneNumber> phone,
            Optional<EmailAddress> email) {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        return tables.appointments.all(Objects.requireNonNull(tenant, "tenant")).stream()
                .filter(a -> (phone.isPresent() && a.customer().phone().equals(phone))
                        || (email.isPresent() && a.customer().email()
                                .map(e -> e.value().equalsIgnoreCase(email.get().value())).orElse(false)))
                .sorted(BY_START).toList();
    }

    @Override
    public List<Appointment> findSyncRelevant(TenantId tenant, Instant createdSince) {
        Objects.requireNonNull(createdSince, "createdSince");
        return tables.appointments.all(Objects.requireNonNull(tenant, "tenant")).stream()
                .filter(a -> !a.createdAt().isBefore(createdSince)
                        || a.sync().status() == SyncStatus.PENDING
                        || a.sync().status() == SyncStatus.FAILED
                        || a.sync().manualReview())
                .sorted(Comparator.comparing(Appointment::createdAt).thenComparing(Appointment::id)).toList();
    }
}
