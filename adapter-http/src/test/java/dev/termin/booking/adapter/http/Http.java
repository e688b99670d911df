package dev.termin.booking.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A small JSON client over java.net.http for the tests: one API key, optional extra headers. Thread-safe. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    /** A response: status, headers, body text and the body as JSON (null when not JSON). */
    record Resp(int status, HttpResponse<String> raw, String text, JsonNode json) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String code() {
            return json == null || json.get("code") == null ? null : json.get("code").asText();
        }

        String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    private final String base;
    private final String key;

    Http(int port, String key) {
        this("http://localhost:" + port, key);
    }

    Http(String base, String key) {
        this.base = base;
        this.key = key;
    }

    Http withKey(String otherKey) {
        return new Http(base, otherKey);
    }

    Resp get(String path) {
        return send("GET", path, null, Map.of());
    }

    Resp delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    Resp post(String path, String body) {
        return send("POST", path, body, Map.of());
    }

    Resp post(String path, String body, Map<String, String> headers) {
        return send("POST", path, body, headers);
    }

    Resp put(String path, String body) {
        return send("PUT", path, body, Map.of());
    }

    Resp send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        Map<String, String> all = new LinkedHashMap<>();
        if (key != null) {
            all.put("Authorization", "Bearer " + key);
        }
        if (body != null) {
            all.put("Content-Type", "application/json");
        }
        all.putAll(headers);
        all.forEach(b::header);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Resp(r.statusCode(), r, r.body(), parse(r));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(HttpResponse<String> r) {
        Optional<String> type = r.headers().firstValue("Content-Type");
        if (type.isEmpty() || !type.get().contains("json") || r.body().isEmpty()) {
            return null;
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            return null;
        }
    }

    /** Text with single quotes turned into double quotes, for readable JSON literals in tests. */
    static String j(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
