package dev.termin.booking.adapter.http.config;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@link MasterKeys}: {@value #CURRENT} is {@code <id>:<Base64 of 32 bytes>} (e.g. {@code k2026:…}, made with
 * {@code openssl rand -base64 32}); {@value #PREVIOUS} lists older keys the same way, separated by commas, during a
 * rotation. Without {@value #CURRENT}, tenants cannot store Cal.com connections in the database.
 */
public final class MasterKeyVariables {

    public static final String CURRENT = "TERMIN_MASTER_KEY";
    public static final String PREVIOUS = "TERMIN_MASTER_KEY_PREVIOUS";

    private MasterKeyVariables() {
    }

    /** @throws InvalidSettingException if a key is malformed or {@value #PREVIOUS} is set without {@value #CURRENT} */
    public static Optional<MasterKeys> read(Environment env) {
        if (!env.isSet(CURRENT)) {
            if (env.isSet(PREVIOUS)) {
                throw new InvalidSettingException(PREVIOUS, "needs " + CURRENT + " (the key that seals from now on)");
            }
            return Optional.empty();
        }
        MasterKeys.Key current = key(CURRENT, env.text(CURRENT).orElseThrow());
        List<MasterKeys.Key> previous = new ArrayList<>();
        env.text(PREVIOUS).ifPresent(v -> {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    previous.add(key(PREVIOUS, part.strip()));
                }
            }
        });
        return Optional.of(env.check(PREVIOUS, () -> new MasterKeys(current, previous)));
    }

    private static MasterKeys.Key key(String variable, String text) {
        int colon = text.indexOf(':');
        if (colon < 1) {
            throw new InvalidSettingException(variable, "must be <id>:<Base64 of 32 bytes>");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.substring(colon + 1).strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(variable, "the key after ':' is not Base64");
        }
        try {
            return new MasterKeys.Key(text.substring(0, colon).strip(), bytes);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(variable, e.getMessage());
        }
    }
}
