package dev.termin.booking.application.service;

import dev.termin.booking.application.port.in.CalendarConnectionsUseCase;
import dev.termin.booking.application.port.out.CalendarConnection;
import dev.termin.booking.application.port.out.CalendarConnectionRepository;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The connections, stored as they come (sealed). Thread-safe. */
final class CalendarConnections implements CalendarConnectionsUseCase {

    private final CalendarConnectionRepository repository;

    CalendarConnections(CalendarConnectionRepository repository) {
        this.repository = repository;
    }

    @Override
    public CalendarConnection save(CalendarConnection connection) {
        repository.save(Objects.requireNonNull(connection, "connection"));
        return connection;
    }

    @Override
    public Optional<CalendarConnection> find(TenantId tenant) {
        return repository.find(Objects.requireNonNull(tenant, "tenant"));
    }

    @Override
    public List<CalendarConnection> all() {
        return repository.all();
    }

    @Override
    public boolean disconnect(TenantId tenant) {
        return repository.delete(Objects.requireNonNull(tenant, "tenant"));
    }
}
