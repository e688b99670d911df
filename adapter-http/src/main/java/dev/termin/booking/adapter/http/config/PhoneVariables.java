package dev.termin.booking.adapter.http.config;

/** Reads {@link PhoneSettings} from {@code TERMIN_RETELL_API_KEY}. */
public final class PhoneVariables {

    public static final String RETELL_API_KEY = "TERMIN_RETELL_API_KEY";

    private PhoneVariables() {
    }

    /** The settings; a blank key counts as not set. */
    public static PhoneSettings read(Environment env) {
        return new PhoneSettings(env.text(RETELL_API_KEY));
    }
}
