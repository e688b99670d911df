package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.PhoneAnswer;
import dev.termin.booking.application.port.in.PhoneAppointmentAnswer;
import dev.termin.booking.application.port.in.PhoneCallerRequest;
import dev.termin.booking.application.port.in.PhoneRequest;
import dev.termin.booking.application.port.in.PhoneWishRequest;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The phone operations as tools for voice agents: their JSON-Schema definitions (read from
 * {@code phone-tools.json} beside this class) and the execution of one tool call by name with JSON arguments. The
 * OpenAI-style tool routes, the MCP server and the Retell adapter all go through here, so they offer the same
 * operations with the same answers. A tool's answer is the phone answer as JSON, its German {@code message} to be
 * read out; arguments that do not fit the schema are an {@link ApiProblem}. Thread-safe.
 */
public final class PhoneTools {

    /** One tool: its name, what it does (for the language model) and the JSON Schema of its arguments. */
    public record Tool(String name, String description, ObjectNode parameters) {
    }

    /** The tools, in the order they are listed. */
    public static final List<Tool> TOOLS = load();

    private final BookingEngine engine;
    private final Zones zones;

    public PhoneTools(BookingEngine engine, Zones zones) {
        this.engine = engine;
        this.zones = zones;
    }

    /** The definitions in OpenAI's function-calling form: {@code {"tools":[{"type":"function","function":{...}}]}}. */
    public static ObjectNode openAiTools() {
        ObjectNode root = ApiJson.object();
        ArrayNode tools = root.putArray("tools");
        for (Tool t : TOOLS) {
            ObjectNode function = tools.addObject().put("type", "function").putObject("function");
            function.put("name", t.name()).put("description", t.description()).set("parameters", t.parameters());
        }
        return root;
    }

    /**
     * Executes the tool {@code name} with {@code args} for {@code tenant}.
     *
     * @throws ApiProblem if there is no such tool or an argument is missing or malformed
     */
    public ObjectNode call(TenantId tenant, String name, JsonBody args, String correlationId) {
        return switch (name) {
            case "check_availability" -> view(tenant, engine.phone().offer(Readers.parse("tool arguments", () ->
                    new PhoneWishRequest(tenant, branch(args), args.text("call_id"), args.text("wunsch"),
                            args.text("dienstleistung"), args.optText("mitarbeiter_wunsch").orElse(""),
                            correlationId))));
            case "book_appointment" -> view(tenant, engine.phone().book(phoneRequest(tenant, args, correlationId)));
            case "find_my_appointments" -> view(engine.phone().findAppointments(caller(tenant, args, correlationId)));
            case "cancel_appointment" -> view(engine.phone().cancel(caller(tenant, args, correlationId)));
            case "move_appointment" -> view(engine.phone().move(caller(tenant, args, correlationId)));
            default -> throw ApiProblem.invalid("There is no tool '" + name + "'. Known tools: "
                    + String.join(", ", TOOLS.stream().map(Tool::name).toList()) + ".");
        };
    }

    /** The phone assistant's German fields as a request ({@code /v1/voice/*} and {@code book_appointment}). */
    static PhoneRequest phoneRequest(TenantId tenant, JsonBody b, String correlationId) {
        Optional<HoldToken> token = b.optText("hold_token").filter(t -> !t.isBlank()).map(t -> {
            try {
                return HoldToken.parse(t.strip());
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("'hold_token' must be the token the availability check returned.");
            }
        });
        String callId = b.text("call_id");
        return Readers.parse("phone request", () -> new PhoneRequest(tenant, branch(b), callId,
                b.optText("datum").orElse(""), b.optText("uhrzeit").orElse(""),
                b.optText("dienstleistung").orElse(""), b.optText("mitarbeiter_wunsch").orElse(""),
                b.optText("name").orElse(""), b.optText("telefonnummer").orElse(""), b.optText("email").orElse(""),
                token, correlationId));
    }

    private static PhoneCallerRequest caller(TenantId tenant, JsonBody b, String correlationId) {
        Optional<AppointmentId> appointment = b.optText("appointment_id").filter(s -> !s.isBlank())
                .map(s -> Readers.parse("appointment_id", () -> new AppointmentId(s.strip())));
        String callId = b.text("call_id");
        String number = b.text("telefonnummer");
        return Readers.parse("tool arguments", () -> new PhoneCallerRequest(tenant, callId, number, appointment,
                b.optText("wunsch").orElse(""), b.optText("confirmation"), correlationId));
    }

    private static Optional<BranchId> branch(JsonBody b) {
        return b.optText("branch").filter(x -> !x.isBlank()).map(x -> Readers.parse("branch", () -> BranchId.of(x)));
    }

    /** A phone answer as JSON, times in the zone of the branch it is about. */
    ObjectNode view(TenantId tenant, PhoneAnswer answer) {
        ZoneId zone = answer.hold().map(h -> zones.zone(tenant, h.branch()))
                .or(() -> answer.appointment().map(a -> zones.zone(tenant, a.branch())))
                .orElseGet(() -> {
                    List<Branch> all = engine.catalogue().branches(tenant);
                    return all.isEmpty() ? ZoneOffset.UTC : all.get(0).zone();
                });
        return Views.phone(answer, zone);
    }

    private ObjectNode view(PhoneAppointmentAnswer answer) {
        ObjectNode n = ApiJson.object();
        n.put("status", answer.status().name().toLowerCase(Locale.ROOT));
        answer.code().ifPresentOrElse(c -> n.put("code", c.code()), () -> n.putNull("code"));
        n.put("message", answer.sentence());
        answer.confirmation().ifPresentOrElse(c -> n.put("confirmation", c), () -> n.putNull("confirmation"));
        ArrayNode list = n.putArray("appointments");
        ZoneId zone = answer.appointments().stream().findFirst().map(a -> zones.zone(a.tenant(), a.branch()))
                .orElse(ZoneOffset.UTC);
        for (Appointment a : answer.appointments()) {
            ObjectNode o = list.addObject().put("id", a.id().value()).put("service", a.service().value())
                    .put("staff", a.staff().value()).put("status", a.status().name().toLowerCase(Locale.ROOT));
            Times.put(o, "start", a.interval().start(), zone);
            Times.put(o, "end", a.interval().end(), zone);
        }
        answer.proposedStart().ifPresentOrElse(p -> Times.put(n, "proposedStart", p, zone),
                () -> n.putNull("proposedStart"));
        return n;
    }

    private static List<Tool> load() {
        try (InputStream in = PhoneTools.class.getResourceAsStream("phone-tools.json")) {
            if (in == null) {
                throw new IllegalStateException("phone-tools.json is missing from the class path");
            }
            JsonNode tree = ApiJson.MAPPER.readTree(in);
            return StreamSupport.stream(tree.spliterator(), false)
                    .map(t -> new Tool(t.get("name").asText(), t.get("description").asText(),
                            (ObjectNode) t.get("parameters")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("phone-tools.json cannot be read", e);
        }
    }
}
