package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.access.ManageGrant;
import java.util.Objects;

/** The outcome of presenting a customer's manage token. */
public sealed interface ManageTokenLookup permits ManageTokenLookup.Valid, ManageTokenLookup.Unknown,
        ManageTokenLookup.Expired, ManageTokenLookup.TenantSuspended {

    /** The token opens {@code grant}'s appointment now. */
    record Valid(ManageGrant grant) implements ManageTokenLookup {
        public Valid {
            Objects.requireNonNull(grant, "grant");
        }
    }

    /** No such token. */
    record Unknown() implements ManageTokenLookup {
    }

    /** The appointment is over. */
    record Expired() implements ManageTokenLookup {
    }

    /** The appointment's tenant is suspended (or no longer hosted). */
    record TenantSuspended() implements ManageTokenLookup {
    }
}
