package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.Objects;

/** Time a staff member is busy in the external calendar (a booking made elsewhere). Immutable. */
public record ExternalBusy(StaffId staff, TimeInterval interval, String reference) {

    public ExternalBusy {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(reference, "reference");
    }
}
