package dev.termin.booking.adapter.http.config;

import dev.termin.booking.adapter.http.config.ApiKeySettings.TenantKey;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@link ApiKeySettings}: {@code TERMIN_DEMO}, {@code TERMIN_DEMO_API_KEY} and {@code TERMIN_API_KEYS}. */
public final class ApiKeyVariables {

    /** {@code false} leaves the demo tenant out; anything else (default) loads it. */
    public static final String DEMO = "TERMIN_DEMO";
    public static final String DEMO_API_KEY = "TERMIN_DEMO_API_KEY";
    /** {@code tenant:key,tenant:key}. */
    public static final String API_KEYS = "TERMIN_API_KEYS";

    private ApiKeyVariables() {
    }

    /**
     * @throws InvalidSettingException if a key is malformed or one key is given for two tenants (the message shows
     *     no key)
     */
    public static ApiKeySettings read(Environment env) {
        boolean demo = !"false".equalsIgnoreCase(env.text(DEMO).orElse("true"));
        Optional<String> demoKey = env.text(DEMO_API_KEY);
        List<TenantKey> keys = new ArrayList<>();
        for (String pair : env.rawOrEmpty(API_KEYS).split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int colon = pair.indexOf(':');
            if (colon < 1 || colon == pair.length() - 1) {
                throw new InvalidSettingException(API_KEYS, "must be tenant:key pairs separated by commas");
            }
            TenantId tenant = env.check(API_KEYS, () -> TenantId.of(pair.substring(0, colon).strip()));
            keys.add(new TenantKey(tenant, wellFormed(API_KEYS, pair.substring(colon + 1).strip())));
        }
        Map<String, TenantId> owners = new HashMap<>();
        for (TenantKey k : keys) {
            unique(owners, k.key(), k.tenant(), API_KEYS);
        }
        if (demo) {
            demoKey.ifPresent(k -> unique(owners, wellFormed(DEMO_API_KEY, k), DemoSalon.TENANT, DEMO_API_KEY));
        }
        return new ApiKeySettings(demo, demoKey, keys);
    }

    private static String wellFormed(String name, String key) {
        if (!ApiKeySettings.isWellFormedKey(key)) {
            throw new InvalidSettingException(name, "a key must be " + ApiKeySettings.MIN_KEY_LENGTH + " to "
                    + ApiKeySettings.MAX_KEY_LENGTH + " printable ASCII characters (got " + key.length() + " characters)");
        }
        return key;
    }

    private static void unique(Map<String, TenantId> owners, String key, TenantId tenant, String name) {
        TenantId previous = owners.putIfAbsent(key, tenant);
        if (previous != null && !previous.equals(tenant)) {
            throw new InvalidSettingException(name, "one key is given for tenants " + previous.value() + " and "
                    + tenant.value());
        }
    }
}
