package dev.termin.booking.application.port.in;

import dev.termin.booking.application.port.out.CalendarConnection;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Inbound port for the tenants' external calendar connections, managed by their owners. Secrets arrive sealed:
 * sealing and unsealing is the server's business, so the engine never holds a plain API key.
 */
public interface CalendarConnectionsUseCase {

    /** Stores (or replaces) the tenant's connection. */
    CalendarConnection save(CalendarConnection connection);

    Optional<CalendarConnection> find(TenantId tenant);

    /** Every connection, by tenant id (the server builds one calendar client per connection). */
    List<CalendarConnection> all();

    /** Removes the tenant's connection; false if there was none. */
    boolean disconnect(TenantId tenant);
}
