package dev.termin.booking.application.port.out;

/**
 * The store refused a write that would leave a row pointing at a missing one: deleting a branch, staff member or
 * service that stored appointments, holds or waitlist entries still name, or storing one that names a catalogue row
 * that does not exist. The engine checks references before it writes; this is the store's backstop.
 */
public class ReferencedRowException extends StorageException {

    public ReferencedRowException(String message, Throwable cause) {
        super(message, cause);
    }
}
