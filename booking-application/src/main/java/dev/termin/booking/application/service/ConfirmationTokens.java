package dev.termin.booking.application.service;

import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens that tie the second step of a phone cancel or move to its read-back: {@code c.<digest>} for a cancel,
 * {@code m.<epoch second>.<digest>} for a move to that start. The digest covers the tenant, the appointment with
 * its start and reschedule count, the calling number and the action, so a token works only for the read-back it
 * came from, only from the same number, and no longer once the appointment has changed. It proves that the
 * read-back happened, not who is calling: that is the calling number's job. Stateless and thread-safe.
 */
final class ConfirmationTokens {

    private static final Pattern MOVE = Pattern.compile("m\\.(\\d{1,12})\\.([0-9a-f]{32})");
    private static final int DIGEST_BYTES = 16;

    private ConfirmationTokens() {
    }

    static String cancel(TenantId tenant, Appointment a, PhoneNumber caller) {
        return "c." + digest(tenant, a, caller, "cancel");
    }

    static String move(TenantId tenant, Appointment a, PhoneNumber caller, Instant to) {
        return "m." + to.getEpochSecond() + "." + digest(tenant, a, caller, "move:" + to.getEpochSecond());
    }

    /** The start a move token was read back for, if it is a valid move token for this appointment and caller. */
    static Optional<Instant> movedTo(String token, TenantId tenant, Appointment a, PhoneNumber caller) {
        Matcher m = MOVE.matcher(token.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Instant to = Instant.ofEpochSecond(Long.parseLong(m.group(1)));
        return MessageDigest.isEqual(move(tenant, a, caller, to).getBytes(StandardCharsets.US_ASCII),
                token.strip().getBytes(StandardCharsets.US_ASCII)) ? Optional.of(to) : Optional.empty();
    }

    private static String digest(TenantId tenant, Appointment a, PhoneNumber caller, String action) {
        String text = String.join("|", tenant.value(), a.id().value(), a.interval().start().toString(),
                Integer.toString(a.rescheduleCount()), caller.e164(), action);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, DIGEST_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
