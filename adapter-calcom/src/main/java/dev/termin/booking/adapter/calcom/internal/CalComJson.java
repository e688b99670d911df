package dev.termin.booking.adapter.calcom.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The adapter's JSON handling: one shared, thread-safe mapper and small tree helpers. */
public final class CalComJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private CalComJson() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @throws IOException if the text is not JSON */
    public static JsonNode parse(String text) throws IOException {
        return MAPPER.readTree(text);
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a field, empty when missing, null or blank. */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return Optional.empty();
        }
        String t = v.isValueNode() ? v.asText() : v.toString();
        return t.isBlank() ? Optional.empty() : Optional.of(t);
    }

    /** An ISO-8601 instant with offset ({@code 2050-09-05T09:00:00.000+02:00} or {@code …Z}), if present. */
    public static Optional<Instant> instant(JsonNode node, String field) {
        return text(node, field).flatMap(t -> {
            try {
                return Optional.of(OffsetDateTime.parse(t).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
