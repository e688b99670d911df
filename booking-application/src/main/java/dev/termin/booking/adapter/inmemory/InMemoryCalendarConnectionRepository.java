package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.CalendarConnection;
import dev.termin.booking.application.port.out.CalendarConnectionRepository;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link CalendarConnectionRepository}. This class is thread-safe. */
public final class InMemoryCalendarConnectionRepository implements CalendarConnectionRepository {

    private final ConcurrentHashMap<TenantId, CalendarConnection> connections = new ConcurrentHashMap<>();

    @Override
    public void save(CalendarConnection connection) {
        connections.put(connection.tenant(), connection);
    }

    @Override
    public Optional<CalendarConnection> find(TenantId tenant) {
        return Optional.ofNullable(connections.get(Objects.requireNonNull(tenant, "tenant")));
    }

    @Override
    public List<CalendarConnection> all() {
        return connections.values().stream().sorted(Comparator.comparing(c -> c.tenant().value())).toList();
    }

    @Override
    public boolean delete(TenantId tenant) {
        return connections.remove(Objects.requireNonNull(tenant, "tenant")) != null;
    }
}
