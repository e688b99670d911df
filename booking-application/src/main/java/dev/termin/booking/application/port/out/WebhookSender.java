package dev.termin.booking.application.port.out;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Outgoing port that POSTs one signed JSON body to a webhook endpoint. Any HTTP status is an answer and is returned
 * (the caller decides that only 2xx counts); a network failure or a timeout is a
 * {@link WebhookUnreachableException}. Implementations are thread-safe.
 */
public interface WebhookSender {

    /**
     * @return the HTTP status the endpoint answered
     * @throws WebhookUnreachableException if no answer came within {@code timeout}
     */
    int post(URI url, Map<String, String> headers, String body, Duration timeout);

    /** A sender for engines without webhooks: every attempt fails as unreachable. */
    static WebhookSender none() {
        return (url, headers, body, timeout) -> {
            throw new WebhookUnreachableException("no webhook sender is configured");
        };
    }
}
