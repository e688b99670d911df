package dev.termin.booking.application.port.out;

/**
 * The storage could not be reached within its time bounds: no connection within the connection timeout, or no reply
 * on an open connection within the socket timeout. Another call made right away would most likely wait as long and
 * fail the same way, so callers give up instead of trying again (a broken connection alone is a plain
 * {@link StorageException}: a fresh one may work).
 */
public class StorageUnavailableException extends StorageException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
