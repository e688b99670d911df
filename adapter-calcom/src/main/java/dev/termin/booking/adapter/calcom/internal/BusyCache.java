package dev.termin.booking.adapter.calcom.internal;

import dev.termin.booking.application.port.out.ExternalBusy;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.time.TimeInterval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A short-lived cache of busy-time answers per tenant, staff set and range. {@link #invalidate} drops a tenant's
 * entries; an answer fetched while an invalidation happened is not stored (generation check). Thread-safe.
 */
public final class BusyCache {

    static final int MAX_ENTRIES = 1_000;

    private record Key(TenantId tenant, Set<StaffId> staff, TimeInterval range) {
    }

    private record Entry(List<ExternalBusy> busy, Instant expiresAt) {
    }

    private final Clock clock;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Map<TenantId, AtomicLong> generations = new ConcurrentHashMap<>();

    public BusyCache(Clock clock) {
        this.clock = clock;
    }

    public Optional<List<ExternalBusy>> get(TenantId tenant, Set<StaffId> staff, TimeInterval range) {
        Key key = new Key(tenant, staff, range);
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(e.expiresAt())) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e.busy());
    }

    /** The tenant's generation; pass it to {@link #put} so an answer older than an invalidation is dropped. */
    public long generation(TenantId tenant) {
        return counter(tenant).get();
    }

    public void put(TenantId tenant, Set<StaffId> staff, TimeInterval range, List<ExternalBusy> busy, Duration ttl,
            long generation) {
        if (ttl.isZero() || counter(tenant).get() != generation) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(new Key(tenant, Set.copyOf(staff), range), new Entry(List.copyOf(busy), now.plus(ttl)));
    }

    /** Forgets the tenant's answers (after a create, cancel or reschedule). */
    public void invalidate(TenantId tenant) {
        counter(tenant).incrementAndGet();
        entries.keySet().removeIf(k -> k.tenant().equals(tenant));
    }

    private AtomicLong counter(TenantId tenant) {
        return generations.computeIfAbsent(tenant, t -> new AtomicLong());
    }
}
