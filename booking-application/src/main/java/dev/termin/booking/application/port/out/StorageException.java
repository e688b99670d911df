package dev.termin.booking.application.port.out;

/** A storage port could not read or write (connection lost, timeout, unexpected database error). */
public class StorageException extends InfrastructureException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
