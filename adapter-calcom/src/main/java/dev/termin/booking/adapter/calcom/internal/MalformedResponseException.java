package dev.termin.booking.adapter.calcom.internal;

import java.io.IOException;

/**
 * Cal.com answered with a success status but a body that cannot be read. Treated like a lost response: the request
 * may have taken effect, so it is retried (a create looks up first).
 */
public final class MalformedResponseException extends IOException {

    private static final long serialVersionUID = 1L;

    public MalformedResponseException(String message) {
        super(message);
    }

    public MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
