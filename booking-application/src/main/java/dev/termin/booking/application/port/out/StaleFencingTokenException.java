package dev.termin.booking.application.port.out;

/**
 * A write carried a fencing token older than one already used for the staff member: its lock expired and
 * somebody else has written since. The application answers {@code reservation_expired}.
 */
public class StaleFencingTokenException extends InfrastructureException {

    public StaleFencingTokenException(String message) {
        super(message);
    }
}
