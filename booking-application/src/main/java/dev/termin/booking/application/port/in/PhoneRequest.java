package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.appointment.HoldToken;
import java.util.Objects;
import java.util.Optional;

/**
 * What the phone assistant heard, with the German field names of its protocol kept as raw text: {@code datum}
 * ("20.06.2025", "morgen", "Dienstag"), {@code uhrzeit} ("14:30", "14 Uhr"), {@code dienstleistung},
 * {@code mitarbeiterWunsch} (blank: anybody), {@code name}, {@code telefonnummer}, {@code email}, the call id (the
 * hold owner) and, when booking, the hold token the check returned. Immutable.
 */
public record PhoneRequest(
        TenantId tenant,
        Optional<BranchId> branch,
        String callId,
        String datum,
        String uhrzeit,
        String dienstleistung,
        String mitarbeiterWunsch,
        String name,
        String telefonnummer,
        String email,
        Optional<HoldToken> holdToken,
        String correlationId) {

    public PhoneRequest {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(branch, "branch");
        callId = Checks.text(callId, "call_id", 1, 200);
        datum = clean(datum);
        uhrzeit = clean(uhrzeit);
        dienstleistung = clean(dienstleistung);
        mitarbeiterWunsch = clean(mitarbeiterWunsch);
        name = clean(name);
        telefonnummer = clean(telefonnummer);
        email = clean(email);
        Objects.requireNonNull(holdToken, "holdToken");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    private static String clean(String s) {
        return s == null ? "" : Checks.text(s, "field", 0, 200);
    }
}
