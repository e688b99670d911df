package dev.termin.booking.adapter.mail;

import dev.termin.booking.application.port.out.Notification.Language;
import dev.termin.booking.domain.customer.EmailAddress;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * How one tenant's messages go out: the sender address and display name (the salon, also the calendar invite's
 * organizer), where replies go (default: the sender), and the language its customers read (default German).
 * Both addresses must be valid Internet addresses. Immutable.
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
        internetAddress(address, "sender address");
        replyTo.ifPresent(a -> internetAddress(a, "reply-to address"));
    }

    /** A German sender without a separate reply-to address. */
    public static SenderSettings of(String address, String name) {
        return new SenderSettings(new EmailAddress(address), name, Optional.empty(), Language.GERMAN);
    }

    /** Checks at configuration time what Jakarta Mail would otherwise refuse at the first send. */
    private static void internetAddress(EmailAddress address, String what) {
        try {
            new InternetAddress(address.value(), true).validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException(what + " is not an Internet address", e);
        }
    }

    public SenderSettings withReplyTo(String address) {
        return new SenderSettings(this.address, name, Optional.of(new EmailAddress(address)), language);
    }

    public SenderSettings withLanguage(Language language) {
        return new SenderSettings(address, name, replyTo, language);
    }
}
