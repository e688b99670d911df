package dev.termin.booking.adapter.http.config;

import dev.termin.booking.adapter.http.auth.OperatorKey;
import java.util.Optional;

/**
 * Reads {@link SecuritySettings} from {@code TERMIN_OPERATOR_KEY}, {@code TERMIN_RATE_LIMIT_BOOKING_PAGE_PER_MINUTE}
 * and {@code TERMIN_RATE_LIMIT_MANAGE_PER_MINUTE}.
 */
public final class SecurityVariables {

    public static final String OPERATOR_KEY = "TERMIN_OPERATOR_KEY";
    public static final String BOOKING_PAGE_RATE = "TERMIN_RATE_LIMIT_BOOKING_PAGE_PER_MINUTE";
    public static final String MANAGE_RATE = "TERMIN_RATE_LIMIT_MANAGE_PER_MINUTE";

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
        return new SecuritySettings(operator, page, manage);
    }
}
