package dev.termin.booking.application.port.out;

/**
 * The storage cannot be reached now: no connection within the connection timeout, no reply on an open connection
 * within the socket timeout, or the database server ended the session because it shuts down. Another call made right
 * away would most likely wait and fail the same way, so callers give up instead of trying again (a connection that
 * merely broke is a plain {@link StorageException}: a fresh one may work).
 */
public class StorageUnavailableException extends StorageException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
