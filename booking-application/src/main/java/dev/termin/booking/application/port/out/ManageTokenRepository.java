package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.access.ManageGrant;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * Outgoing port for customers' manage tokens: the SHA-256 hash of each token (never the token) and the
 * {@link ManageGrant} it opens. Hashes are unique. Implementations are thread-safe.
 */
public interface ManageTokenRepository {

    /** Stores {@code grant} under {@code tokenHash}; false, and nothing stored, when the hash is taken. */
    boolean add(String tokenHash, ManageGrant grant);

    /** The grant stored under {@code tokenHash}, expired or not. */
    Optional<ManageGrant> find(String tokenHash);

    /** Sets the expiry of every token of the appointment (after a move); returns how many there are. */
    int extend(TenantId tenant, AppointmentId appointment, Instant expiresAt);

    /** Deletes grants that expired before {@code now}; returns how many. */
    int purgeExpired(Instant now);
}
