package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.BookingStorage;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * One consistent set of in-memory storage adapters sharing a transaction manager, the engine's default storage
 * when embedded: {@link #storage()} hands them out as a {@link BookingStorage}.
 *
 * <p>The {@link Clock} (default {@link Clock#systemUTC()}) is the "now" of the checks whose port method has no
 * {@code now} parameter: whether an active hold still blocks an appointment being inserted or updated
 * ({@link InMemoryAppointmentRepository}) and whether a hold being updated stays active
 * ({@link InMemoryHoldRepository#update}). Staff locks wait at most {@link InMemoryStaffLocks#DEFAULT_LOCK_TIMEOUT}
 * unless told otherwise. Data lives as long as the instance; nothing is persisted.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryStorage {

    private final Clock clock;
    private final InMemoryTransactions transactions;
    private final BookingStorage storage;

    /** Storage on the system clock (UTC). */
    public InMemoryStorage() {
        this(Clock.systemUTC());
    }

    /** @throws NullPointerException if {@code clock} is null */
    public InMemoryStorage(Clock clock) {
        this(clock, InMemoryStaffLocks.DEFAULT_LOCK_TIMEOUT);
    }

    /**
     * @param staffLockTimeout how long {@link InMemoryStaffLocks#lock} waits for one staff member's lock
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code staffLockTimeout} is not positive
     */
    public InMemoryStorage(Clock clock, Duration staffLockTimeout) {
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(staffLockTimeout, "staffLockTimeout");
        this.transactions = new InMemoryTransactions();
        InMemoryCatalogueRepository catalogue = new InMemoryCatalogueRepository(transactions);
        OccupancyTables occupancy = new OccupancyTables(transactions, catalogue::listResourceTypes);
        InMemoryWaitlistRepository waitlist = new InMemoryWaitlistRepository(transactions);
        catalogue.referencedBy((tenant, id) -> occupancy.appointments.all(tenant).stream()
                        .anyMatch(a -> a.branch().equals(id) || a.service().equals(id) || a.staff().equals(id)
                                || a.occupancies().stream().anyMatch(o -> o.staff().equals(id)))
                || occupancy.holds.all(tenant).stream()
                        .anyMatch(h -> h.branch().equals(id) || h.service().equals(id) || h.staff().equals(id)
                                || h.occupancies().stream().anyMatch(o -> o.staff().equals(id)))
                || waitlist.names(tenant, id));
        this.storage = new BookingStorage(
                transactions,
                new InMemoryStaffLocks(transactions, staffLockTimeout),
                catalogue,
                new InMemoryAppointmentRepository(occupancy, clock),
                new InMemoryHoldRepository(occupancy, clock),
                waitlist,
                new InMemoryOutbox(transactions),
                new InMemoryIdempotencyStore(transactions),
                new InMemoryBookingFlowLog(transactions));
    }

    /** The storage ports, always the same instances. */
    public BookingStorage storage() {
        return storage;
    }

    /** The transaction manager of these adapters, for after-completion hooks. */
    public InMemoryTransactions transactions() {
        return transactions;
    }

    /** The clock of the checks without a {@code now} parameter. */
    public Clock clock() {
        return clock;
    }
}
