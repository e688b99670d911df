package dev.termin.booking.adapter.http.config;

import dev.termin.booking.adapter.mail.SenderSettings;
import dev.termin.booking.adapter.mail.SmtpSettings;
import java.util.Objects;

/**
 * E-mail for the server: the SMTP server and the sender every tenant uses unless it has its own. Immutable.
 *
 * @param smtp the SMTP server, security, login and timeouts
 * @param sender the server-level sender (address, name, reply-to, language)
 */
public record MailSettings(SmtpSettings smtp, SenderSettings sender) {

    /** @throws NullPointerException if an argument is null */
    public MailSettings {
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(sender, "sender");
    }
}
