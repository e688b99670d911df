package dev.termin.booking.application.port.out;

/** A value does not fit its stored column (too long, out of range). The application answers {@code invalid_data}. */
public class DataTooLargeException extends InfrastructureException {

    public DataTooLargeException(String message, Throwable cause) {
        super(message, cause);
    }
}
