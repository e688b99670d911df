package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.access.ManageGrant;
import java.util.Objects;

/** A customer's manage token just issued (the server keeps its hash) and what it opens. Immutable. */
public record IssuedManageToken(String token, ManageGrant grant) {

    public IssuedManageToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(grant, "grant");
    }

    @Override
    public String toString() {
        return "IssuedManageToken[grant=" + grant + "]";
    }
}
