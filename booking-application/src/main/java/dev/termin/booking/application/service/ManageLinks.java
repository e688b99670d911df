package dev.termin.booking.application.service;

import dev.termin.booking.domain.appointment.Appointment;
import java.net.URI;
import java.util.Optional;

/**
 * The customer's manage link of a message: {@code <public base URL>/book/<tenant>/manage/<token>}, the booking
 * page's manage page. A fresh token is issued when the message is composed, just before it is sent, so the token
 * itself is never stored anywhere (only its hash, as for the token a booking answer shows); each message carries its
 * own token, all opening the same appointment until it ends. Without a public base URL there is no link.
 * Thread-safe.
 */
final class ManageLinks {

    private final Optional<URI> base;
    private final ManageTokens tokens;

    ManageLinks(Optional<URI> base, ManageTokens tokens) {
        this.base = base;
        this.tokens = tokens;
    }

    /**
     * A link for a message about {@code a}; none for a cancelled appointment (there is nothing left to manage) or
     * when the engine knows no public address. Also moves the appointment's earlier tokens to its current end, so
     * links sent before a move (by any channel) keep working.
     */
    Optional<URI> link(Appointment a) {
        if (base.isEmpty() || !a.isActive()) {
            return Optional.empty();
        }
        tokens.moved(a.tenant(), a.id(), a.interval().end());
        String token = tokens.issue(a.tenant(), a.id(), a.interval().end()).token();
        return Optional.of(URI.create(base.get() + "/book/" + a.tenant().value() + "/manage/" + token));
    }
}
