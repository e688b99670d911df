package dev.termin.booking.adapter.http.config;

import java.util.Objects;

/**
 * A configuration variable is missing or malformed. The message is one line for the operator,
 * {@code VARIABLE: what is wrong}, e.g. {@code TERMIN_PORT: must be 0 to 65535 (got 70000)}; it never contains the
 * value of a secret.
 */
public final class InvalidSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String variable;

    /**
     * @param variable the environment variable at fault
     * @param problem what is wrong with it, e.g. {@code must be a whole number (got 'abc')}
     * @throws NullPointerException if an argument is null
     */
    public InvalidSettingException(String variable, String problem) {
        super(Objects.requireNonNull(variable, "variable") + ": " + Objects.requireNonNull(problem, "problem"));
        this.variable = variable;
    }

    /** The environment variable at fault. */
    public String variable() {
        return variable;
    }
}
