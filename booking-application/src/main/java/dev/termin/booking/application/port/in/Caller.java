package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.access.Principal;
import java.util.Objects;

/** Who asks (an authenticated principal) and the request's correlation id, for permission checks and the audit log. */
public record Caller(Principal principal, String correlationId) {

    public Caller {
        Objects.requireNonNull(principal, "principal");
        correlationId = Checks.text(correlationId, "correlationId", 0, 128);
    }
}
