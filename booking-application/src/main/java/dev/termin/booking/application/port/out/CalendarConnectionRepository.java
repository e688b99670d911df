package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;
import java.util.Optional;

/** Outgoing persistence port for the tenants' external calendar connections. Implementations are thread-safe. */
public interface CalendarConnectionRepository {

    /** Stores the connection, replacing the tenant's previous one. */
    void save(CalendarConnection connection);

    Optional<CalendarConnection> find(TenantId tenant);

    /** Every tenant's connection, by tenant id. */
    List<CalendarConnection> all();

    /** Removes the tenant's connection; false if there was none. */
    boolean delete(TenantId tenant);
}
