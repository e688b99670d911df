package dev.termin.booking.adapter.mail;

import dev.termin.booking.application.port.out.Notification.Language;
import dev.termin.booking.domain.appointment.EmailAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * How one tenant's messages go out: the sender address and display name (the salon, also the calendar invite's
 * organizer), where replies go (default: the sender), and the language its customers read (default German).
 * Immutable.
 */
public record SenderSettings(EmailAddress address, String name, Optional<EmailAddress> replyTo, Language language) {

    public SenderSettings {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("sender name must have 1 to 200 characters");
        }
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(language, "language");
    }

    /** A German sender without a separate reply-to address. */
    public static SenderSettings of(String address, String name) {
        return new SenderSettings(new EmailAddress(address), name, Optional.empty(), Language.GERMAN);
    }

    public SenderSettings withReplyTo(String address) {
        return new SenderSettings(this.address, name, Optional.of(new EmailAddress(address)), language);
    }

    public SenderSettings withLanguage(Language language) {
        return new SenderSettings(address, name, replyTo, language);
    }
}
