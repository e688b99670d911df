package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.appointment.HoldToken;
import java.util.Objects;
import java.util.Optional;

/**
 * Turn the hold {@code token} of {@code owner} into an appointment for {@code customer}. With an
 * {@code idempotencyKey} (1 to 200 characters) a reused key with another payload is refused, and a retry gets the
 * first answer. Immutable.
 */
public record ConfirmHoldCommand(TenantId tenant, HoldToken token, String owner, Customer customer, String notes,
        Source source, String correlationId, Optional<String> idempotencyKey) {

    /** A confirmation without an idempotency key. */
    public ConfirmHoldCommand(TenantId tenant, HoldToken token, String owner, Customer customer, String notes,
            Source source, String correlationId) {
        this(tenant, token, owner, customer, notes, source, correlationId, Optional.empty());
    }

    public ConfirmHoldCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(token, "token");
        owner = Checks.text(owner, "owner", 1, 200);
        Objects.requireNonNull(customer, "customer");
        notes = notes == null ? "" : Checks.text(notes, "notes", 0, 2000);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(correlationId, "correlationId");
        idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey")
                .map(k -> Checks.text(k, "idempotencyKey", 1, 200));
    }
}
