package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.domain.result.ErrorCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON object from a request body with typed, path-aware accessors: a missing (or null) required field is
 * {@code missing_required_field}, a value of the wrong type {@code invalid_data}, both as {@link ApiProblem}s, so
 * bad input never reaches the engine. Not thread-safe (use per request).
 */
public final class JsonBody {

    private final ObjectNode node;
    private final String path;

    private JsonBody(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** Parses a request body, which must be one JSON object. */
    public static JsonBody parse(byte[] body) {
        if (body.length == 0) {
            throw new ApiProblem(ErrorCode.INVALID_DATA, "The request body must be a JSON object.");
        }
        JsonNode tree;
        try {
            tree = ApiJson.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new ApiProblem(ErrorCode.INVALID_DATA, "The request body is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiProblem(ErrorCode.INVALID_DATA, "The request body could not be read.");
        }
        if (!(tree instanceof ObjectNode o)) {
            throw new ApiProblem(ErrorCode.INVALID_DATA, "The request body must be a JSON object.");
        }
        return new JsonBody(o, "");
    }

    public static JsonBody of(ObjectNode node) {
        return new JsonBody(node, "");
    }

    private String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private Optional<JsonNode> value(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    public boolean has(String field) {
        return value(field).isPresent();
    }

    public String text(String field) {
        return optText(field).orElseThrow(() -> ApiProblem.missing(name(field)));
    }

    public Optional<String> optText(String field) {
        return value(field).map(v -> {
            if (!v.isTextual()) {
                throw ApiProblem.invalid("'" + name(field) + "' must be a string.");
            }
            return v.textValue();
        });
    }

    public long integer(String field) {
        return optInteger(field).orElseThrow(() -> ApiProblem.missing(name(field)));
    }

    public Optional<Long> optInteger(String field) {
        return value(field).map(v -> {
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw ApiProblem.invalid("'" + name(field) + "' must be an integer.");
            }
            return v.longValue();
        });
    }

    /** An integer between {@code min} and {@code max}, or {@code fallback} when absent. */
    public int intIn(String field, int min, int max, int fallback) {
        long v = optInteger(field).orElse((long) fallback);
        if (v < min || v > max) {
            throw ApiProblem.invalid("'" + name(field) + "' must be " + min + " to " + max + ".");
        }
        return (int) v;
    }

    public boolean bool(String field, boolean fallback) {
        return value(field).map(v -> {
            if (!v.isBoolean()) {
                throw ApiProblem.invalid("'" + name(field) + "' must be true or false.");
            }
            return v.booleanValue();
        }).orElse(fallback);
    }

    public List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(field)) {
            if (!v.isTextual()) {
                throw ApiProblem.invalid("'" + name(field) + "' must be an array of strings.");
            }
            out.add(v.textValue());
        }
        return out;
    }

    public JsonBody object(String field) {
        return optObject(field).orElseThrow(() -> ApiProblem.missing(name(field)));
    }

    public Optional<JsonBody> optObject(String field) {
        return value(field).map(v -> {
            if (!(v instanceof ObjectNode o)) {
                throw ApiProblem.invalid("'" + name(field) + "' must be an object.");
            }
            return new JsonBody(o, name(field));
        });
    }

    public List<JsonBody> objects(String field) {
        List<JsonBody> out = new ArrayList<>();
        int i = 0;
        for (JsonNode v : array(field)) {
            if (!(v instanceof ObjectNode o)) {
                throw ApiProblem.invalid("'" + name(field) + "' must be an array of objects.");
            }
            out.add(new JsonBody(o, name(field) + "[" + i++ + "]"));
        }
        return out;
    }

    private List<JsonNode> array(String field) {
        Optional<JsonNode> v = value(field);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!v.get().isArray()) {
            throw ApiProblem.invalid("'" + name(field) + "' must be an array.");
        }
        if (v.get().size() > 1000) {
            throw ApiProblem.invalid("'" + name(field) + "' has more than 1000 elements.");
        }
        List<JsonNode> out = new ArrayList<>();
        v.get().forEach(out::add);
        return out;
    }

    /** The field names of this object. */
    public List<String> fieldNames() {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The JSON path of this object in the body ("" for the body itself). */
    public String path() {
        return path;
    }

    /** Qualified name of {@code field}, for messages. */
    public String qualified(String field) {
        return name(field);
    }
}
