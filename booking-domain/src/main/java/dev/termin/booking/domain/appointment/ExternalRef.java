package dev.termin.booking.domain.appointment;

import java.util.Objects;

/** The id of the external-calendar booking made for one segment of an appointment. Immutable. */
public record ExternalRef(String segmentKey, String externalId) {

    public ExternalRef {
        Objects.requireNonNull(segmentKey, "segmentKey");
        Objects.requireNonNull(externalId, "externalId");
    }
}
