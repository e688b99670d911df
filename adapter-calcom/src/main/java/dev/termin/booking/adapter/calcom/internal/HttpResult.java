package dev.termin.booking.adapter.calcom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A Cal.com answer read in full: HTTP status, the parsed JSON envelope ({@code {"status":"success","data":…}} or
 * {@code {"status":"error","error":{"code","message",…}}}) and the {@code Retry-After} delay of a 429. Immutable.
 */
public record HttpResult(int status, JsonNode json, Optional<Duration> retryAfter) {

    public HttpResult {
        json = json == null ? MissingNode.getInstance() : json;
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** A made-up success carrying {@code data}, for answers the adapter found itself (e.g. by a lookup). */
    public static HttpResult success(JsonNode data) {
        ObjectNode envelope = CalComJson.object().put("status", "success");
        envelope.set("data", data);
        return new HttpResult(200, envelope, Optional.empty());
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** 5xx: Cal.com failed; the request may or may not have taken effect. */
    public boolean isServerError() {
        return status >= 500;
    }

    public boolean isRateLimited() {
        return status == 429;
    }

    /** The envelope's {@code data} (missing node when absent). */
    public JsonNode data() {
        return json.path("data");
    }

    /** Cal.com's error code (the exception name, e.g. {@code BadRequestException}), or {@code http_<status>}. */
    public String errorCode() {
        return CalComJson.text(json.path("error"), "code").orElse("http_" + status);
    }

    /** Cal.com's error message, or a generic one. */
    public String errorMessage() {
        return CalComJson.text(json.path("error"), "message").or(() -> CalComJson.text(json, "message"))
                .orElse("HTTP " + status + " from Cal.com");
    }
}
