package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.appointment.HoldToken;
import java.util.Objects;

/** Turn the hold {@code token} of {@code owner} into an appointment for {@code customer}. Immutable. */
public record ConfirmHoldCommand(TenantId tenant, HoldToken token, String owner, Customer customer, String notes,
        Source source, String correlationId) {

    public ConfirmHoldCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(token, "token");
        owner = Checks.text(owner, "owner", 1, 200);
        Objects.requireNonNull(customer, "customer");
        notes = notes == null ? "" : Checks.text(notes, "notes", 0, 2000);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
