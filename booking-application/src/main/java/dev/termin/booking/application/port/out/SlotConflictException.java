package dev.termin.booking.application.port.out;

/**
 * A write was refused because an exclusive occupancy of a staff member would overlap another active one (in a
 * database: the exclusion constraint). The application turns it into {@code slot_unavailable}.
 */
public class SlotConflictException extends InfrastructureException {

    public SlotConflictException(String message, Throwable cause) {
        super(message, cause);
    }

    public SlotConflictException(String message) {
        super(message);
    }
}
