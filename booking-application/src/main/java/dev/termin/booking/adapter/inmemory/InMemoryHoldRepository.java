package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.HoldRepository;
import dev.termin.booking.application.port.out.SlotConflictException;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * In-memory {@link HoldRepository}, sharing its occupancy check with the {@link InMemoryAppointmentRepository} of
 * the same {@link InMemoryStorage}. The check does not look at owners: a hold conflicts with every other unexpired
 * active hold and active appointment, whoever owns it (telling owners apart is the application's job).
 * {@link #insert} checks at the given {@code now}; {@link #update} checks only a hold that stays active, at the
 * storage clock's current instant. Tokens are scoped by tenant; inserting an existing token, or updating one the
 * tenant does not have, fails with {@link StorageException}. Active holds are indexed by expiry, so
 * {@link #expireDue} touches only due holds. Writes join the storage's transaction.
 *
 * <p>This class is thread-safe.
 */
public final class InMemoryHoldRepository implements HoldRepository {

    private final OccupancyTables tables;
    private final Clock clock;

    InMemoryHoldRepository(OccupancyTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    @Override
    public void insert(Hold hold, Instant now) {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(now, "now");
        synchronized (tables.lock) {
            if (tables.holds.find(hold.tenant(), hold.token()).isPresent()) {
                throw new StorageException("hold " + hold.token() + " already exists");
            }
            if (hold.isActiveAt(now)) {
                tables.checkFree(hold.tenant(), hold.occupancies(), now, hold.token());
                tables.checkResources(hold.tenant(), hold.branch(), hold.resources(), now, hold.token());
            }
            tables.holds.insert(hold.tenant(), hold.token(), hold);
        }
    }

    /** @throws SlotConflictException if a hold that stays active now overlaps another active occupancy */
    @Override
    public void update(Hold hold) {
        Objects.requireNonNull(hold, "hold");
        synchronized (tables.lock) {
            if (tables.holds.find(hold.tenant(), hold.token()).isEmpty()) {
                throw new StorageException("hold " + hold.token() + " does not exist");
            }
            Instant now = clock.instant();
            if (hold.isActiveAt(now)) {
                tables.checkFree(hold.tenant(), hold.occupancies(), now, hold.token());
                tables.checkResources(hold.tenant(), hold.branch(), hold.resources(), now, hold.token());
            }
            tables.holds.replace(hold.tenant(), hold.token(), hold);
        }
    }

    @Override
    public Optional<Hold> find(TenantId tenant, HoldToken token) {
        return tables.holds.find(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(token, "token"));
    }

    /** Ordered by start, then creation. Also matches a flexible pause overlapping {@code range}. */
    @Override
    public List<Hold> findActiveOccupying(TenantId tenant, Collection<StaffId> staff, TimeInterval range,
            Instant now) {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(now, "now");
        Set<StaffId> wanted = Set.copyOf(staff);
        return tables.holds.all(Objects.requireNonNull(tenant, "tenant")).stream()
                .filter(h -> h.isActiveAt(now))
                .filter(h -> h.occupancies().stream()
                        .anyMatch(o -> wanted.contains(o.staff()) && o.interval().overlaps(range)))
                .sorted(Comparator.comparing(Hold::interval).thenComparing(Hold::createdAt))
                .toList();
    }

    /** Across all tenants, earliest expiry first. */
    @Override
    public List<Hold> expireDue(Instant now, int limit) {
        Objects.requireNonNull(now, "now");
        if (limit <= 0) {
            return List.of();
        }
        synchronized (tables.lock) {
            List<Hold> expired = new ArrayList<>();
            for (TenantKey<HoldToken> key : tables.activeHoldsDue(now, limit)) {
                Hold hold = tables.holds.find(key.tenant(), key.id()).orElseThrow();
                Hold marked = hold.expire();
                tables.holds.replace(key.tenant(), key.id(), marked);
                expired.add(marked);
            }
            return expired;
        }
    }

    /** Ordered by creation time. */
    @Override
    public List<Hold> createdBetween(TenantId tenant, Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return tables.holds.all(Objects.requireNonNull(tenant, "tenant")).stream()
                .filter(h -> !h.createdAt().isBefore(from) && h.createdAt().isBefore(to))
                .sorted(Comparator.comparing(Hold::createdAt))
                .toList();
    }
}
