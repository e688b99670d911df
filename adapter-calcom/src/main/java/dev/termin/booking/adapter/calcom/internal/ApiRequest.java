package dev.termin.booking.adapter.calcom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request to Cal.com: method, path below the base URL, query parameters (in order), the endpoint family's API
 * version and an optional JSON body. Immutable.
 */
public record ApiRequest(String method, String path, Map<String, String> query, ApiVersion version, JsonNode body) {

    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(query, "query")));
        Objects.requireNonNull(version, "version");
    }

    public static ApiRequest get(String path, ApiVersion version, Map<String, String> query) {
        return new ApiRequest("GET", path, query, version, null);
    }

    public static ApiRequest post(String path, ApiVersion version, JsonNode body) {
        return new ApiRequest("POST", path, Map.of(), version, Objects.requireNonNull(body, "body"));
    }

    public static ApiRequest patch(String path, ApiVersion version, JsonNode body) {
        return new ApiRequest("PATCH", path, Map.of(), version, Objects.requireNonNull(body, "body"));
    }

    public static ApiRequest delete(String path, ApiVersion version) {
        return new ApiRequest("DELETE", path, Map.of(), version, null);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
