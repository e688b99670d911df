package dev.termin.booking.adapter.http;

import static dev.termin.booking.adapter.http.Http.j;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.termin.booking.adapter.http.internal.RetellSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The phone operations as tools: definitions, calls by name, and Retell's custom-function requests. */
class PhoneToolsApiTest {

    private static final String RETELL_KEY = "key_retell_0123456789";
    private static final String ANNA = "+4915112345678";

    TestServer ts;
    Http api;

    @BeforeEach
    void start() {
        ts = new TestServer(UnaryOperator.identity(), null, 100_000, b -> b.retellApiKey(RETELL_KEY));
        api = ts.demo;
    }

    @AfterEach
    void stop() {
        ts.close();
    }

    private JsonNode tools() {
        Http.Resp r = api.get("/v1/phone/tools");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json().get("tools");
    }

    @Test
    void theToolsAreListedInOpenAisFunctionForm() {
        JsonNode tools = tools();

        List<String> names = new ArrayList<>();
        tools.forEach(t -> {
            assertThat(t.get("type").asText()).isEqualTo("function");
            assertThat(t.get("function").get("description").asText()).isNotBlank();
            assertThat(t.get("function").get("parameters").get("type").asText()).isEqualTo("object");
            names.add(t.get("function").get("name").asText());
        });
        assertThat(names).containsExactly("check_availability", "book_appointment", "find_my_appointments",
                "cancel_appointment", "move_appointment");
    }

    @Test
    void everyToolsParameters_areValidJsonSchema_andAcceptGoodArguments_andRejectBadOnes() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Map<String, String> good = Map.of(
                "check_availability", "{'call_id':'c1','wunsch':'morgen nachmittag','dienstleistung':'Haarschnitt'}",
                "book_appointment", "{'call_id':'c1','datum':'morgen','uhrzeit':'14:30','dienstleistung':'Haarschnitt',"
                        + "'name':'Anna Becker','telefonnummer':'0151 12345678'}",
                "find_my_appointments", "{'call_id':'c1','telefonnummer':'0151 12345678'}",
                "cancel_appointment", "{'call_id':'c1','telefonnummer':'0151 12345678','confirmation':'c.ab'}",
                "move_appointment", "{'call_id':'c1','telefonnummer':'0151 12345678','wunsch':'Freitag um 10'}");

        for (JsonNode tool : tools()) {
            String name = tool.get("function").get("name").asText();
            JsonNode parameters = tool.get("function").get("parameters");
            assertThat(meta.validate(parameters)).as(name + " against the meta-schema").isEmpty();
            Schema schema = registry.getSchema(parameters);
            assertThat(schema.validate(read(good.get(name)))).as(name + " with good arguments").isEmpty();
            assertThat(schema.validate(read("{'call_id':'c1'}"))).as(name + " without its required arguments")
                    .isNotEmpty();
            assertThat(schema.validate(read(good.get(name).replace("}", ",'surprise':1}"))))
                    .as(name + " with an unknown argument").isNotEmpty();
        }
    }

    @Test
    void aToolCallByName_offersForAVagueWish_andBooksTheHeldOffer() {
        // OpenAI's tool calls carry the arguments as a JSON string
        Http.Resp offer = api.post("/v1/phone/tools/call", j("{'name':'check_availability','arguments':"
                + "\"{\\\"call_id\\\":\\\"call-1\\\",\\\"wunsch\\\":\\\"Mittwoch nachmittag\\\","
                + "\\\"dienstleistung\\\":\\\"Haarschnitt\\\",\\\"mitarbeiter_wunsch\\\":\\\"Maria\\\"}\"}"));

        assertThat(offer.status()).as(offer.text()).isEqualTo(200);
        assertThat(offer.json().get("status").asText()).isEqualTo("offered");
        assertThat(offer.json().get("message").asText()).contains("bei Maria frei");
        assertThat(offer.json().get("alternatives")).hasSizeBetween(2, 3);
        String first = offer.json().get("alternatives").get(0).get("start").asText();

        Http.Resp book = api.post("/v1/phone/tools/call", j("{'name':'book_appointment','arguments':{"
                + "'call_id':'call-1','datum':'17.06.2026','uhrzeit':'" + first.substring(11, 16) + "',"
                + "'dienstleistung':'Haarschnitt','mitarbeiter_wunsch':'Maria','name':'Anna Becker',"
                + "'telefonnummer':'0151 12345678','hold_token':'" + offer.json().get("holdToken").asText() + "'}}"));

        assertThat(book.status()).as(book.text()).isEqualTo(200);
        assertThat(book.json().get("status").asText()).isEqualTo("booked");
        assertThat(book.json().get("appointment").get("start").asText()).isEqualTo(first);
    }

    @Test
    void anUnknownToolOrAMissingArgument_isABadRequestWithAStableCode() {
        Http.Resp unknown = api.post("/v1/phone/tools/call", j("{'name':'order_pizza','arguments':{}}"));
        Http.Resp missing = api.post("/v1/phone/tools/call", j("{'name':'find_my_appointments','arguments':{}}"));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("invalid_data");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("missing_required_field");
    }

    private String bookForAnna() {
        Http.Resp book = api.post("/v1/phone/tools/call", j("{'name':'book_appointment','arguments':{"
                + "'call_id':'call-0','datum':'17.06.2026','uhrzeit':'14:30','dienstleistung':'Haarschnitt',"
                + "'mitarbeiter_wunsch':'Maria','name':'Anna Becker','telefonnummer':'0151 12345678'}}"));
        assertThat(book.json().get("status").asText()).as(book.text()).isEqualTo("booked");
        return book.json().get("appointment").get("id").asText();
    }

    private Http.Resp retell(String body, String signature) {
        return api.post("/v1/phone/retell", body, signature == null ? Map.of()
                : Map.of("X-Retell-Signature", signature));
    }

    private static String retellCall(String name, String fromNumber, String args) {
        return j("{'name':'" + name + "','call':{'call_id':'retell-call-1','from_number':'" + fromNumber
                + "','direction':'inbound'},'args':" + args + "}");
    }

    private String sign(String body) {
        return new RetellSignature(RETELL_KEY).sign(body.getBytes(StandardCharsets.UTF_8), ts.clock.instant());
    }

    @Test
    void aSignedRetellRequest_findsTheAppointmentsOfTheNumberTheCallComesFrom() {
        String id = bookForAnna();
        String body = retellCall("find_my_appointments", ANNA, "{}");

        Http.Resp r = retell(body, sign(body));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("found");
        assertThat(r.json().get("message").asText()).startsWith("Ihr nächster Termin ist am Mittwoch, 17. Juni");
        assertThat(r.json().get("appointments").get(0).get("id").asText()).isEqualTo(id);
    }

    @Test
    void aRetellCallFromAnotherNumber_cannotReachTheAppointment_evenWithTheNumberInItsArguments() {
        bookForAnna();
        String body = retellCall("cancel_appointment", "+491709999999", "{'telefonnummer':'" + ANNA + "'}");

        Http.Resp r = retell(body, sign(body));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("none");
        assertThat(r.json().get("appointments")).isEmpty();
    }

    @Test
    void aRetellRequestWithABadMissingOrStaleSignature_isRefused() {
        bookForAnna();
        String body = retellCall("find_my_appointments", ANNA, "{}");
        String stale = new RetellSignature(RETELL_KEY).sign(body.getBytes(StandardCharsets.UTF_8),
                ts.clock.instant().minus(Duration.ofMinutes(6)));
        String otherKey = new RetellSignature("key_someone_else").sign(body.getBytes(StandardCharsets.UTF_8),
                ts.clock.instant());

        for (String signature : new String[] {null, "v=1,d=00", otherKey, stale, sign(body + " ")}) {
            Http.Resp r = retell(body, signature);
            assertThat(r.status()).as(String.valueOf(signature)).isEqualTo(401);
            assertThat(r.code()).isEqualTo("unauthorized");
        }
    }

    @Test
    void retellsArgumentsOnlyPayload_namesTheToolInThePath() {
        bookForAnna();
        String body = j("{'call_id':'retell-call-2','telefonnummer':'" + ANNA + "'}");

        Http.Resp r = api.post("/v1/phone/retell/find_my_appointments", body, Map.of("X-Retell-Signature",
                sign(body)));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("found");
    }

    private static JsonNode read(String singleQuoted) {
        try {
            return Http.JSON.readTree(j(singleQuoted));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
