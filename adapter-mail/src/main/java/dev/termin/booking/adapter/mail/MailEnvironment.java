package dev.termin.booking.adapter.mail;

import dev.termin.booking.application.port.out.Notification.Language;
import dev.termin.booking.domain.customer.EmailAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the mail settings of a server from environment variables. With {@value #HOST} unset there is no SMTP
 * server: {@link #notifier} answers empty and the caller keeps its log notifier. Stateless.
 *
 * <table>
 * <caption>Variables</caption>
 * <tr><th>variable</th><th>meaning</th><th>default</th></tr>
 * <tr><td>{@value #HOST}</td><td>SMTP server</td><td>none: no e-mail</td></tr>
 * <tr><td>{@value #SECURITY}</td><td>{@code none}, {@code starttls} or {@code tls}</td><td>{@code starttls}</td></tr>
 * <tr><td>{@value #PORT}</td><td>server port</td><td>25, 587 or 465 by security</td></tr>
 * <tr><td>{@value #USER}, {@value #PASSWORD}</td><td>SMTP login</td><td>none</td></tr>
 * <tr><td>{@value #FROM}</td><td>sender address (required with a host)</td><td>–</td></tr>
 * <tr><td>{@value #FROM_NAME}</td><td>sender display name</td><td>{@code Termin}</td></tr>
 * <tr><td>{@value #REPLY_TO}</td><td>reply-to address</td><td>the sender</td></tr>
 * <tr><td>{@value #LANGUAGE}</td><td>{@code de} or {@code en}</td><td>{@code de}</td></tr>
 * <tr><td>{@value #CONNECT_TIMEOUT_MS}, {@value #TIMEOUT_MS}</td><td>connect, and read/write timeouts in ms</td>
 *     <td>10000, 20000</td></tr>
 * <tr><td>{@value #TRUSTED_HOSTS}</td><td>hosts whose certificate is not checked</td><td>none</td></tr>
 * </table>
 */
public final class MailEnvironment {

    public static final String HOST = "TERMIN_SMTP_HOST";
    public static final String PORT = "TERMIN_SMTP_PORT";
    public static final String SECURITY = "TERMIN_SMTP_SECURITY";
    public static final String USER = "TERMIN_SMTP_USER";
    public static final String PASSWORD = "TERMIN_SMTP_PASSWORD";
    public static final String FROM = "TERMIN_SMTP_FROM";
    public static final String FROM_NAME = "TERMIN_SMTP_FROM_NAME";
    public static final String REPLY_TO = "TERMIN_SMTP_REPLY_TO";
    public static final String LANGUAGE = "TERMIN_SMTP_LANGUAGE";
    public static final String CONNECT_TIMEOUT_MS = "TERMIN_SMTP_CONNECT_TIMEOUT_MS";
    public static final String TIMEOUT_MS = "TERMIN_SMTP_TIMEOUT_MS";
    public static final String TRUSTED_HOSTS = "TERMIN_SMTP_TRUSTED_HOSTS";

    private MailEnvironment() {
    }

    /**
     * The SMTP settings, or empty when {@value #HOST} is not set.
     *
     * @throws IllegalArgumentException naming the variable, when one is set but not valid
     */
    public static Optional<SmtpSettings> smtp(Map<String, String> env) {
        Optional<String> host = optional(env, HOST);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        SmtpSettings.Security security = optional(env, SECURITY).map(MailEnvironment::security)
                .orElse(SmtpSettings.Security.STARTTLS);
        SmtpSettings s = SmtpSettings.of(host.get(), security);
        if (optional(env, PORT).isPresent()) {
            s = s.withPort((int) number(env, PORT));
        }
        if (optional(env, USER).isPresent()) {
            s = s.withLogin(optional(env, USER).get(), optional(env, PASSWORD).orElse(""));
        } else if (optional(env, PASSWORD).isPresent()) {
            throw new IllegalArgumentException(PASSWORD + " is set without " + USER);
        }
        Duration io = optional(env, TIMEOUT_MS).isPresent() ? Duration.ofMillis(number(env, TIMEOUT_MS))
                : s.readTimeout();
        Duration connect = optional(env, CONNECT_TIMEOUT_MS).isPresent()
                ? Duration.ofMillis(number(env, CONNECT_TIMEOUT_MS)) : s.connectTimeout();
        s = s.withTimeouts(connect, io, io);
        return Optional.of(optional(env, TRUSTED_HOSTS).map(s::withTrustedHosts).orElse(s));
    }

    /**
     * The sender every tenant uses.
     *
     * @throws IllegalArgumentException naming the variable, when {@value #FROM} is missing or one is not valid
     */
    public static SenderSettings sender(Map<String, String> env) {
        String from = optional(env, FROM).orElseThrow(() -> new IllegalArgumentException(FROM + " is required"));
        try {
            return new SenderSettings(new EmailAddress(from), optional(env, FROM_NAME).orElse("Termin"),
                    optional(env, REPLY_TO).map(EmailAddress::new),
                    optional(env, LANGUAGE).map(Language::ofTag).orElse(Language.GERMAN));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mail sender (" + FROM + ", " + FROM_NAME + ", " + REPLY_TO + ", "
                    + LANGUAGE + "): " + e.getMessage(), e);
        }
    }

    /** A notifier for every tenant with the one sender, or empty when {@value #HOST} is not set. */
    public static Optional<SmtpNotifier> notifier(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        return smtp(env).map(s -> SmtpNotifier.create(s, SenderDirectory.single(sender(env))));
    }

    private static SmtpSettings.Security security(String value) {
        try {
            return SmtpSettings.Security.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SECURITY + ": '" + value + "' is not none, starttls or tls", e);
        }
    }

    private static long number(Map<String, String> env, String name) {
        String v = optional(env, name).orElseThrow();
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + v + "' is not a whole number", e);
        }
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }
}
