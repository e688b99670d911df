package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * A caller's wish as said, for offers: {@code wunsch} is the whole spoken wish ("morgen nachmittag", "so früh wie
 * möglich", "nächste Woche Dienstag nach 16 Uhr"), {@code dienstleistung} and {@code mitarbeiterWunsch} (blank:
 * anybody) are names as heard, and the call id owns the hold on the first offer. Immutable.
 *
 * @throws IllegalArgumentException if the call id is blank or a field is longer than 200 characters
 */
public record PhoneWishRequest(TenantId tenant, Optional<BranchId> branch, String callId, String wunsch,
        String dienstleistung, String mitarbeiterWunsch, String correlationId) {

    public PhoneWishRequest {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(branch, "branch");
        callId = Checks.text(callId, "call_id", 1, 200);
        wunsch = clean(wunsch);
        dienstleistung = clean(dienstleistung);
        mitarbeiterWunsch = clean(mitarbeiterWunsch);
        Objects.requireNonNull(correlationId, "correlationId");
    }

    private static String clean(String s) {
        return s == null ? "" : Checks.text(s, "field", 0, 200);
    }
}
