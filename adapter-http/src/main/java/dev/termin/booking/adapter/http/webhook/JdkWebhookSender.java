package dev.termin.booking.adapter.http.webhook;

import dev.termin.booking.application.port.out.WebhookSender;
import dev.termin.booking.application.port.out.WebhookUnreachableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * {@link WebhookSender} on the JDK's {@link HttpClient}: one shared client, HTTP/1.1 and 2, no redirects followed
 * (a redirect is an answer like any non-2xx status, so a moved endpoint is noticed instead of silently followed).
 * The response body is read and dropped. Thread-safe.
 */
public final class JdkWebhookSender implements WebhookSender {

    private final HttpClient client;

    private JdkWebhookSender(HttpClient client) {
        this.client = client;
    }

    /** A sender with its own client; {@code connectTimeout} bounds connecting, the port's timeout the answer. */
    public static JdkWebhookSender create(Duration connectTimeout) {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        return new JdkWebhookSender(HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** @throws WebhookUnreachableException on a network failure, a timeout, or an interrupt */
    @Override
    public int post(URI url, Map<String, String> headers, String body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("User-Agent", "Termin-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            throw new WebhookUnreachableException("no answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new WebhookUnreachableException("endpoint unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookUnreachableException("interrupted while posting", e);
        }
    }
}
