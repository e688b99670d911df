package dev.termin.booking.adapter.http.config;

import dev.termin.booking.adapter.mail.SenderSettings;
import dev.termin.booking.adapter.mail.SmtpSettings;
import dev.termin.booking.application.port.out.Notification.Language;
import dev.termin.booking.domain.customer.EmailAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads e-mail, used when {@value #HOST} is set: the SMTP server and the server-level sender. Without a host there
 * is no SMTP server and the server keeps its log notifier. Timeouts are durations ({@code 20s}, {@code 500ms}).
 */
public final class MailVariables {

    public static final String HOST = "TERMIN_SMTP_HOST";
    public static final String PORT = "TERMIN_SMTP_PORT";
    public static final String SECURITY = "TERMIN_SMTP_SECURITY";
    public static final String USER = "TERMIN_SMTP_USER";
    public static final String PASSWORD = "TERMIN_SMTP_PASSWORD";
    public static final String FROM = "TERMIN_SMTP_FROM";
    public static final String FROM_NAME = "TERMIN_SMTP_FROM_NAME";
    public static final String REPLY_TO = "TERMIN_SMTP_REPLY_TO";
    public static final String LANGUAGE = "TERMIN_SMTP_LANGUAGE";
    public static final String CONNECT_TIMEOUT = "TERMIN_SMTP_CONNECT_TIMEOUT";
    public static final String TIMEOUT = "TERMIN_SMTP_TIMEOUT";
    public static final String TRUSTED_HOSTS = "TERMIN_SMTP_TRUSTED_HOSTS";

    private MailVariables() {
    }

    /**
     * E-mail when {@value #HOST} is set, otherwise empty.
     *
     * @throws InvalidSettingException if {@value #FROM} is missing with a host, or a value is malformed (the
     *     message never shows the password)
     */
    public static Optional<MailSettings> read(Environment env) {
        Optional<String> host = env.text(HOST);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        SmtpSettings.Security security = env.text(SECURITY).map(v -> env.check(SECURITY, () -> security(v)))
                .orElse(SmtpSettings.Security.STARTTLS);
        SmtpSettings s = env.check(HOST, () -> SmtpSettings.of(host.get(), security));
        if (env.isSet(PORT)) {
            int port = env.integer(PORT, s.port(), 1, 65535);
            s = s.withPort(port);
        }
        if (env.isSet(USER)) {
            SmtpSettings plain = s;
            s = env.check(USER, () -> plain.withLogin(env.text(USER).orElseThrow(), env.rawOrEmpty(PASSWORD)));
        } else if (!env.rawOrEmpty(PASSWORD).isEmpty()) {
            throw new InvalidSettingException(PASSWORD, "is set without " + USER);
        }
        Duration connect = env.duration(CONNECT_TIMEOUT, s.connectTimeout(), Environment.POSITIVE);
        Duration io = env.duration(TIMEOUT, s.readTimeout(), Environment.POSITIVE);
        SmtpSettings timed = s.withTimeouts(connect, io, io);
        SmtpSettings smtp = env.text(TRUSTED_HOSTS).map(h -> env.check(TRUSTED_HOSTS, () -> timed.withTrustedHosts(h)))
                .orElse(timed);
        return Optional.of(new MailSettings(smtp, sender(env)));
    }

    private static SenderSettings sender(Environment env) {
        EmailAddress from = env.check(FROM, () -> new EmailAddress(env.required(FROM, "with " + HOST)));
        Optional<EmailAddress> replyTo = env.text(REPLY_TO).map(v -> env.check(REPLY_TO, () -> new EmailAddress(v)));
        Language language = env.text(LANGUAGE).map(v -> env.check(LANGUAGE, () -> Language.ofTag(v)))
                .orElse(Language.GERMAN);
        String name = env.text(FROM_NAME).orElse("Termin");
        SenderSettings plain = env.check(FROM, () -> new SenderSettings(from, name, Optional.empty(), language));
        return replyTo.map(r -> env.check(REPLY_TO, () -> new SenderSettings(from, name, Optional.of(r), language)))
                .orElse(plain);
    }

    private static SmtpSettings.Security security(String value) {
        try {
            return SmtpSettings.Security.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be none, starttls or tls (got '" + value + "')", e);
        }
    }
}
