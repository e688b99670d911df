package dev.termin.booking.application.service;

import dev.termin.booking.application.port.out.CustomerPages;
import dev.termin.booking.domain.appointment.Appointment;
import java.net.URI;
import java.util.Optional;

/**
 * The customer's manage link of a message, to the {@link CustomerPages#manage manage page}. A fresh token is issued
 * when the message is composed, just before it is sent, so the token itself is never stored anywhere (only its hash,
 * as for the token a booking answer shows); each message carries its own token, all opening the same appointment
 * until it ends. Without a manage page there is no link. Thread-safe.
 */
final class ManageLinks {

    private final CustomerPages pages;
    private final ManageTokens tokens;

    ManageLinks(CustomerPages pages, ManageTokens tokens) {
        this.pages = pages;
        this.tokens = tokens;
    }

    /**
     * A link for a message about {@code a}; none for a cancelled appointment (there is nothing left to manage) or
     * when there is no manage page. Also moves the appointment's earlier tokens to its current end, so
     * links sent before a move (by any channel) keep working.
     */
    Optional<URI> link(Appointment a) {
        if (!a.isActive()) {
            return Optional.empty();
        }
        if (a.rescheduleCount() > 0) {
            // only a move changes the end: tokens of an appointment never moved all run to this one already
            tokens.moved(a.tenant(), a.id(), a.interval().end());
        }
        return pages.manage(a.tenant(), () -> tokens.issue(a.tenant(), a.id(), a.interval().end()).token());
    }
}
