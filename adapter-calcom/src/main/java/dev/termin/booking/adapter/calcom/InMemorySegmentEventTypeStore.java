package dev.termin.booking.adapter.calcom;

import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A {@link SegmentEventTypeStore} in memory (empty after a restart, then rebuilt from Cal.com). Thread-safe. */
public final class InMemorySegmentEventTypeStore implements SegmentEventTypeStore {

    private final Map<TenantId, ConcurrentSkipListMap<String, SegmentEventType>> entries = new ConcurrentHashMap<>();

    public InMemorySegmentEventTypeStore() {
    }

    @Override
    public Optional<SegmentEventType> find(TenantId tenant, String slug) {
        Objects.requireNonNull(slug, "slug");
        return Optional.ofNullable(table(tenant).get(slug));
    }

    @Override
    public List<SegmentEventType> list(TenantId tenant) {
        return List.copyOf(table(tenant).values());
    }

    @Override
    public void put(TenantId tenant, SegmentEventType type) {
        Objects.requireNonNull(type, "type");
        table(tenant).put(type.slug(), type);
    }

    @Override
    public void remove(TenantId tenant, String slug) {
        Objects.requireNonNull(slug, "slug");
        table(tenant).remove(slug);
    }

    private ConcurrentSkipListMap<String, SegmentEventType> table(TenantId tenant) {
        return entries.computeIfAbsent(Objects.requireNonNull(tenant, "tenant"), t -> new ConcurrentSkipListMap<>());
    }
}
