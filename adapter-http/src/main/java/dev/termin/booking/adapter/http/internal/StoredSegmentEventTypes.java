package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.adapter.calcom.SegmentEventType;
import dev.termin.booking.adapter.calcom.SegmentEventTypeStore;
import dev.termin.booking.application.port.out.MirroredEventType;
import dev.termin.booking.application.port.out.MirroredEventTypeRepository;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The Cal.com adapter's segment event-type mapping kept in the engine's store ({@link MirroredEventTypeRepository}),
 * so it survives a restart instead of being rebuilt from Cal.com. Thread-safe.
 */
public final class StoredSegmentEventTypes implements SegmentEventTypeStore {

    private final MirroredEventTypeRepository repository;

    public StoredSegmentEventTypes(MirroredEventTypeRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<SegmentEventType> find(TenantId tenant, String slug) {
        return repository.find(tenant, slug).map(StoredSegmentEventTypes::toAdapter);
    }

    @Override
    public List<SegmentEventType> list(TenantId tenant) {
        return repository.list(tenant).stream().map(StoredSegmentEventTypes::toAdapter).toList();
    }

    @Override
    public void put(TenantId tenant, SegmentEventType t) {
        repository.put(tenant, new MirroredEventType(t.branch(), t.service(), t.segmentKey(), t.slug(),
                t.eventTypeId(), t.title(), t.lengthMinutes(), t.hidden()));
    }

    @Override
    public void remove(TenantId tenant, String slug) {
        repository.remove(tenant, slug);
    }

    private static SegmentEventType toAdapter(MirroredEventType m) {
        return new SegmentEventType(m.branch(), m.service(), m.segmentKey(), m.slug(), m.eventTypeId(), m.title(),
                m.lengthMinutes(), m.hidden());
    }
}
