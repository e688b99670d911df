package dev.termin.booking.domain.appointment;

import java.time.Instant;
import java.util.Objects;

/**
 * The external-calendar booking made for one segment of an appointment, with the start it was made for, so a
 * later sync can tell whether it must be moved. Immutable.
 */
public record ExternalRef(String segmentKey, String externalId, Instant syncedStart) {

    public ExternalRef {
        Objects.requireNonNull(segmentKey, "segmentKey");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(syncedStart, "syncedStart");
    }
}
