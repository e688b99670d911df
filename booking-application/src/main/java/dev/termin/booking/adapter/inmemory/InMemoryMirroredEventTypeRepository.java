package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.MirroredEventType;
import dev.termin.booking.application.port.out.MirroredEventTypeRepository;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** In-memory {@link MirroredEventTypeRepository}. This class is thread-safe. */
public final class InMemoryMirroredEventTypeRepository implements MirroredEventTypeRepository {

    private final Map<TenantId, ConcurrentSkipListMap<String, MirroredEventType>> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<MirroredEventType> find(TenantId tenant, String slug) {
        return Optional.ofNullable(table(tenant).get(Objects.requireNonNull(slug, "slug")));
    }

    @Override
    public List<MirroredEventType> list(TenantId tenant) {
        return List.copyOf(table(tenant).values());
    }

    @Override
    public void put(TenantId tenant, MirroredEventType type) {
        table(tenant).put(type.slug(), type);
    }

    @Override
    public void remove(TenantId tenant, String slug) {
        table(tenant).remove(Objects.requireNonNull(slug, "slug"));
    }

    private ConcurrentSkipListMap<String, MirroredEventType> table(TenantId tenant) {
        return entries.computeIfAbsent(Objects.requireNonNull(tenant, "tenant"), t -> new ConcurrentSkipListMap<>());
    }
}
