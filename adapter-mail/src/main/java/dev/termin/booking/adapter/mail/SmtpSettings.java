package dev.termin.booking.adapter.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the SMTP server, the same for every tenant. Immutable; {@link #toString()} never shows the password.
 *
 * @param host the server's host name
 * @param port the server's port; {@link #of} picks 25 for {@link Security#NONE}, 587 for
 *     {@link Security#STARTTLS} and 465 for {@link Security#TLS}
 * @param security how the connection is protected; {@link #of} defaults to {@link Security#STARTTLS}
 * @param user the login name, empty to send without authentication (then {@code password} must be empty too)
 * @param password the password of {@code user}
 * @param connectTimeout how long to wait for the connection, default 10 s
 * @param readTimeout how long to wait for each server reply, default 20 s
 * @param writeTimeout how long a write to the server may block, default 20 s
 * @param trustedHosts hosts whose certificate is accepted without checking it against the JVM's trust store
 *     (space-separated, {@code *} for every host), for internal relays with self-signed certificates; empty by
 *     default, which checks every certificate
 */
public record SmtpSettings(
        String host,
        int port,
        Security security,
        Optional<String> user,
        Optional<String> password,
        Duration connectTimeout,
        Duration readTimeout,
        Duration writeTimeout,
        Optional<String> trustedHosts) {

    /** How the connection to the SMTP server is protected. */
    public enum Security {
        /** Plain text; only for a relay on the same host or in a trusted network. */
        NONE(25),
        /** Plain connect, then STARTTLS, which is required: the message is never sent unencrypted. */
        STARTTLS(587),
        /** TLS from the first byte (SMTPS). */
        TLS(465);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }
    }

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("SMTP host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("SMTP port must be between 1 and 65535, was " + port);
        }
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isEmpty() && password.isPresent()) {
            throw new IllegalArgumentException("an SMTP password needs a user");
        }
        positive(connectTimeout, "connectTimeout");
        positive(readTimeout, "readTimeout");
        positive(writeTimeout, "writeTimeout");
        Objects.requireNonNull(trustedHosts, "trustedHosts");
    }

    /** Settings for {@code host} with {@code security}, its default port, no login and the default timeouts. */
    public static SmtpSettings of(String host, Security security) {
        return new SmtpSettings(host, security.defaultPort(), security, Optional.empty(), Optional.empty(),
                Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(20), Optional.empty());
    }

    public SmtpSettings withPort(int port) {
        return new SmtpSettings(host, port, security, user, password, connectTimeout, readTimeout, writeTimeout,
                trustedHosts);
    }

    /** The same settings with another security; the port stays as it is. */
    public SmtpSettings withSecurity(Security security) {
        return new SmtpSettings(host, port, security, user, password, connectTimeout, readTimeout, writeTimeout,
                trustedHosts);
    }

    public SmtpSettings withLogin(String user, String password) {
        return new SmtpSettings(host, port, security, Optional.of(user), Optional.of(password), connectTimeout,
                readTimeout, writeTimeout, trustedHosts);
    }

    public SmtpSettings withTimeouts(Duration connect, Duration read, Duration write) {
        return new SmtpSettings(host, port, security, user, password, connect, read, write, trustedHosts);
    }

    public SmtpSettings withTrustedHosts(String hosts) {
        return new SmtpSettings(host, port, security, user, password, connectTimeout, readTimeout, writeTimeout,
                Optional.of(hosts));
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security + ", user " + user.orElse("none")
                + (password.isPresent() ? ", password ***" : "") + "]";
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
