package dev.termin.booking.application.port.in;

import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import java.util.Objects;

/**
 * An open waitlist offer: the entry it was made for and the hold keeping the time (its service, staff member, time
 * and {@link Hold#expiresAt() expiry}, the end of the offer). Immutable.
 */
public record WaitlistOffer(WaitlistEntry entry, Hold hold) {

    public WaitlistOffer {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(hold, "hold");
    }
}
