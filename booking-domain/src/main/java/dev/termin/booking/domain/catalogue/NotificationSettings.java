package dev.termin.booking.domain.catalogue;

import dev.termin.booking.domain.Checks;
import dev.termin.booking.domain.customer.EmailAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a tenant's messages go out, where it sets anything: the sender name customers see, where their replies go,
 * the language (a tag, {@code de} or {@code en}), and the owner's address for alerts. What is empty falls back to
 * the server's sender; without an owner address there are no owner alerts by e-mail. {@link #NONE} sets nothing.
 * Immutable.
 */
public record NotificationSettings(Optional<String> senderName, Optional<EmailAddress> replyTo,
        Optional<String> language, Optional<EmailAddress> ownerEmail) {

    /** The languages customer messages are written in. */
    public static final Set<String> LANGUAGES = Set.of("de", "en");

    public static final NotificationSettings NONE = new NotificationSettings(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public NotificationSettings {
        Objects.requireNonNull(senderName, "senderName");
        senderName = senderName.map(n -> Checks.text(n, "senderName", 1, 200));
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(language, "language");
        if (language.isPresent() && !LANGUAGES.contains(language.get())) {
            throw new IllegalArgumentException("'language' must be de or en");
        }
        Objects.requireNonNull(ownerEmail, "ownerEmail");
    }
}
