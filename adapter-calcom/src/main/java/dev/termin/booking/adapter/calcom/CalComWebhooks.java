package dev.termin.booking.adapter.calcom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.termin.booking.adapter.calcom.internal.CalComJson;
import dev.termin.booking.domain.catalogue.TenantId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads Cal.com webhook deliveries for the tenants of a {@link CalComCalendar}: checks the
 * {@value #SIGNATURE_HEADER} header (lower-case hex HMAC-SHA256 of the raw body, keyed with the tenant's webhook
 * secret, compared in constant time), refuses deliveries whose {@code createdAt} is more than the tolerance
 * (default {@link #DEFAULT_TOLERANCE}) away from now, and turns {@code BOOKING_CREATED}, {@code BOOKING_REQUESTED},
 * {@code BOOKING_RESCHEDULED}, {@code BOOKING_CANCELLED} and {@code BOOKING_REJECTED} into the booking change the
 * engine applies. The body is parsed only after the signature matched. Immutable and thread-safe.
 */
public final class CalComWebhooks {

    /** The header carrying the signature. */
    public static final String SIGNATURE_HEADER = "X-Cal-Signature-256";
    /** How far a delivery's {@code createdAt} may lie from now. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final Set<String> BOOKING_TRIGGERS = Set.of("BOOKING_CREATED", "BOOKING_REQUESTED",
            "BOOKING_RESCHEDULED", "BOOKING_CANCELLED", "BOOKING_REJECTED");

    private final CalComCalendar calendar;
    private final Map<TenantId, String> secrets;
    private final Clock clock;
    private final Duration tolerance;

    private CalComWebhooks(CalComCalendar calendar, Map<TenantId, String> secrets, Clock clock, Duration tolerance) {
        this.calendar = calendar;
        this.secrets = Map.copyOf(secrets);
        this.clock = clock;
        this.tolerance = tolerance;
    }

    /**
     * Webhooks for the calendar's tenants with these secrets (tenants without one have every delivery refused).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a secret is blank or {@code tolerance} is not positive
     */
    public static CalComWebhooks create(CalComCalendar calendar, Map<TenantId, String> secrets, Clock clock,
            Duration tolerance) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("tolerance must be positive");
        }
        secrets.forEach((t, s) -> {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException("the webhook secret of tenant " + t + " is blank");
            }
        });
        return new CalComWebhooks(calendar, secrets, clock, tolerance);
    }

    /** Verifies and reads one delivery: {@code body} exactly as received, {@code signature} the header's value. */
    public WebhookDelivery read(TenantId tenant, byte[] body, Optional<String> signature) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(signature, "signature");
        String secret = secrets.get(tenant);
        Optional<CalComConfig> config = calendar.config(tenant);
        if (secret == null || config.isEmpty()) {
            return new WebhookDelivery.Refused("no Cal.com webhook secret for this tenant");
        }
        if (signature.isEmpty() || signature.get().isBlank()) {
            return new WebhookDelivery.Refused("unsigned delivery");
        }
        if (!matches(sign(secret, body), signature.get())) {
            return new WebhookDelivery.Refused("wrong signature");
        }
        JsonNode json;
        try {
            json = CalComJson.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new WebhookDelivery.Malformed("the body is not JSON");
        }
        Optional<Instant> createdAt = CalComJson.instant(json, "createdAt");
        if (createdAt.isEmpty()) {
            return new WebhookDelivery.Refused("no createdAt: freshness cannot be checked");
        }
        if (Duration.between(createdAt.get(), clock.instant()).abs().compareTo(tolerance) > 0) {
            return new WebhookDelivery.Refused("stale delivery (createdAt " + createdAt.get() + ")");
        }
        String trigger = CalComJson.text(json, "triggerEvent").orElse("").toUpperCase(Locale.ROOT);
        if (!BOOKING_TRIGGERS.contains(trigger)) {
            return new WebhookDelivery.Ignored(trigger.isEmpty() ? "none" : trigger);
        }
        try {
            return new WebhookDelivery.Change(trigger,
                    BookingStates.fromWebhook(config.get(), trigger, createdAt.get(), json.path("payload")));
        } catch (BookingStates.Unreadable | IllegalArgumentException e) {
            return new WebhookDelivery.Malformed(e.getMessage());
        }
    }

    /** The lower-case hex HMAC-SHA256 of {@code body} keyed with {@code secret}, as Cal.com sends it. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static boolean matches(String expected, String given) {
        String g = given.strip().toLowerCase(Locale.ROOT);
        if (g.startsWith("sha256=")) {
            g = g.substring("sha256=".length());
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                g.getBytes(StandardCharsets.US_ASCII));
    }
}
