package dev.termin.booking.adapter.http.config;

import dev.termin.booking.adapter.http.auth.JwtIssuer;
import dev.termin.booking.adapter.http.auth.OperatorKey;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@link SecuritySettings} from {@code TERMIN_OPERATOR_KEY}, {@code TERMIN_RATE_LIMIT_BOOKING_PAGE_PER_MINUTE},
 * {@code TERMIN_RATE_LIMIT_MANAGE_PER_MINUTE} and {@code TERMIN_JWT_ISSUERS}. An issuer is
 * {@code tenant|issuer|audience|jwksUrl} (RS256, role in {@code termin_role}); several are separated by whitespace;
 * {@code tenant} is a tenant id, or {@code claim:<name>} for an identity provider shared by several tenants.
 */
public final class SecurityVariables {

    public static final String OPERATOR_KEY = "TERMIN_OPERATOR_KEY";
    public static final String BOOKING_PAGE_RATE = "TERMIN_RATE_LIMIT_BOOKING_PAGE_PER_MINUTE";
    public static final String MANAGE_RATE = "TERMIN_RATE_LIMIT_MANAGE_PER_MINUTE";
    public static final String JWT_ISSUERS = "TERMIN_JWT_ISSUERS";

    private SecurityVariables() {
    }

    /**
     * {@link SecuritySettings#defaults()} overridden by the variables that are set.
     *
     * @throws InvalidSettingException if the operator key is shorter than 32 characters or a rate is not positive
     */
    public static SecuritySettings read(Environment env) {
        SecuritySettings d = SecuritySettings.defaults();
        Optional<OperatorKey> operator = env.text(OPERATOR_KEY).map(k -> env.check(OPERATOR_KEY,
                () -> OperatorKey.of(k)));
        long page = env.whole(BOOKING_PAGE_RATE, d.bookingPageRatePerMinute(), 1, Long.MAX_VALUE);
        long manage = env.whole(MANAGE_RATE, d.manageRatePerMinute(), 1, Long.MAX_VALUE);
        List<JwtIssuer> issuers = new ArrayList<>();
        for (String entry : env.text(JWT_ISSUERS).map(t -> t.strip().split("\\s+")).orElse(new String[0])) {
            issuers.add(env.check(JWT_ISSUERS, () -> issuer(entry)));
        }
        return env.check(JWT_ISSUERS, () -> new SecuritySettings(operator, page, manage, issuers));
    }

    private static JwtIssuer issuer(String entry) {
        String[] parts = entry.split("\\|", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("each issuer must be tenant|issuer|audience|jwksUrl, got " + entry);
        }
        JwtIssuer.TenantSource tenant = parts[0].startsWith("claim:")
                ? new JwtIssuer.TenantSource.FromClaim(parts[0].substring(6))
                : new JwtIssuer.TenantSource.Fixed(TenantId.of(parts[0]));
        return JwtIssuer.of(parts[1], parts[2], URI.create(parts[3]), tenant);
    }
}
