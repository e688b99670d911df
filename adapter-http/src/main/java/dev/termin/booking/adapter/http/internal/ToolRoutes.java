package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.domain.result.ErrorCode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The phone operations as tools: {@code GET /v1/phone/tools} lists their definitions in OpenAI's function-calling
 * form, {@code POST /v1/phone/tools/call} executes one ({@code {"name": ..., "arguments": {...}}}, the arguments
 * also as a JSON string, as OpenAI's tool calls carry them), and {@code POST /v1/phone/retell} accepts Retell's
 * custom-function request ({@code {"name", "call", "args"}}, or the arguments alone with the tool named in the
 * path). For Retell the call's own id and the number it comes from ({@code call.call_id},
 * {@code call.from_number}) take the place of the arguments', so a caller only ever reaches their own
 * appointments; with a Retell key configured the request must carry a valid {@code X-Retell-Signature}.
 * Thread-safe.
 */
public final class ToolRoutes {

    private final BookingEngine engine;
    private final PhoneTools tools;
    private final Optional<RetellSignature> retell;

    public ToolRoutes(BookingEngine engine, Zones zones, Optional<RetellSignature> retell) {
        this.engine = engine;
        this.tools = new PhoneTools(engine, zones);
        this.retell = retell;
    }

    public void register(Router r) {
        r.get("/v1/phone/tools", "phoneListTools", Access.of(Permission.PHONE), ctx -> Router.json(ctx, 200, PhoneTools.openAiTools()));
        r.post("/v1/phone/tools/call", "phoneCallTool", Access.of(Permission.PHONE), this::call);
        r.post("/v1/phone/retell", "phoneRetellCall", Access.of(Permission.PHONE), ctx -> retell(ctx, Optional.empty()));
        r.post("/v1/phone/retell/{tool}", "phoneRetellToolCall", Access.of(Permission.PHONE), ctx -> retell(ctx, Optional.of(ctx.pathParam("tool"))));
    }

    private void call(Context ctx) {
        ObjectNode body = tree(RequestContext.body(ctx));
        JsonNode name = body.get("name");
        if (name == null || !name.isTextual() || name.textValue().isBlank()) {
            throw ApiProblem.missing("name");
        }
        Router.json(ctx, 200, tools.call(RequestContext.tenant(ctx), name.textValue(), arguments(body.get(
                "arguments")), RequestContext.correlationId(ctx)));
    }

    /** The arguments as an object, also when sent as a string holding one (as OpenAI's tool calls carry them). */
    private static JsonBody arguments(JsonNode arguments) {
        if (arguments == null || arguments.isNull()) {
            return JsonBody.of(ApiJson.object());
        }
        if (arguments.isTextual()) {
            return JsonBody.parse(arguments.textValue().getBytes(StandardCharsets.UTF_8));
        }
        if (arguments instanceof ObjectNode o) {
            return JsonBody.of(o);
        }
        throw ApiProblem.invalid("'arguments' must be a JSON object or a string holding one.");
    }

    private void retell(Context ctx, Optional<String> pathTool) {
        byte[] raw = RequestContext.body(ctx);
        if (retell.isPresent() && !retell.get().verifies(raw, ctx.header("X-Retell-Signature"),
                engine.clock().instant())) {
            throw new ApiProblem(ErrorCode.UNAUTHORIZED, 401, "The X-Retell-Signature header is missing or does "
                    + "not verify.", Map.of());
        }
        ObjectNode body = tree(raw);
        JsonNode named = body.get("name");
        String name = pathTool.orElseGet(() -> named != null && named.isTextual() ? named.textValue() : "");
        if (name.isBlank()) {
            throw ApiProblem.missing("name");
        }
        ObjectNode args = body.get("args") instanceof ObjectNode a ? a.deepCopy() : body.deepCopy();
        args.remove(List.of("call", "name", "args"));
        if (body.get("call") instanceof ObjectNode call) {
            text(call, "call_id").ifPresent(id -> args.put("call_id", id));
            text(call, "from_number").ifPresent(n -> args.put("telefonnummer", n));
        }
        Router.json(ctx, 200, tools.call(RequestContext.tenant(ctx), name, JsonBody.of(args),
                RequestContext.correlationId(ctx)));
    }

    private static Optional<String> text(ObjectNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.textValue().isBlank() ? Optional.of(v.textValue())
                : Optional.empty();
    }

    /** The body as a JSON object; {@link JsonBody#parse} refuses anything else with a clear problem first. */
    private static ObjectNode tree(byte[] raw) {
        JsonBody.parse(raw);
        try {
            return (ObjectNode) ApiJson.MAPPER.readTree(raw);
        } catch (IOException e) {
            throw ApiProblem.invalid("The request body is not valid JSON.");
        }
    }
}
