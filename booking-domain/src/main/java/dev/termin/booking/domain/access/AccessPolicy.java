package dev.termin.booking.domain.access;

/**
 * A tenant's choices about its roles. {@link #DEFAULTS}: the desk may not override deadlines. Immutable.
 *
 * @param deskMayOverrideDeadlines whether {@link Role#DESK} holds {@link Permission#OVERRIDE_DEADLINES}
 */
public record AccessPolicy(boolean deskMayOverrideDeadlines) {

    public static final AccessPolicy DEFAULTS = new AccessPolicy(false);
}
