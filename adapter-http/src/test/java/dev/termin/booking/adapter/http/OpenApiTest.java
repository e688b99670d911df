package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.termin.booking.adapter.http.internal.Route;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document lists exactly the routes the server registered, each with the operation id and security
 * of its route table entry.
 */
class OpenApiTest {

    @Test
    void everyRouteIsDocumented_andEveryDocumentedPathIsARoute() {
        try (TestServer ts = new TestServer()) {
            // given
            JsonNode doc = ts.demo.withKey(null).get("/openapi.json").json();
            Set<String> documented = new TreeSet<>();
            doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m ->
                    documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));

            // when
            Set<String> registered = new TreeSet<>(ts.server.routes());

            // then
            assertThat(registered).isNotEmpty();
            assertThat(documented).isEqualTo(registered);
            assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        }
    }

    @Test
    void everyOperation_hasTheRouteTablesOperationId_andStatesItsSecurity() {
        try (TestServer ts = new TestServer()) {
            // given
            JsonNode doc = ts.demo.withKey(null).get("/openapi.json").json();
            Set<String> ids = new HashSet<>();

            for (Route route : ts.server.routeTable()) {
                // when
                JsonNode op = doc.get("paths").get(route.path()).get(route.method().toLowerCase(Locale.ROOT));

                // then
                assertThat(op.path("operationId").asText()).as(route.key()).isEqualTo(route.operationId());
                assertThat(ids.add(route.operationId())).as("unique " + route.operationId()).isTrue();
                assertThat(op.path("x-termin-access").asText()).as(route.key()).isEqualTo(route.access().describe());
                JsonNode security = op.get("security");
                assertThat(security).as(route.key() + " declares its security").isNotNull();
                if (route.access().needsBearer()) {
                    assertThat(security.toString()).as(route.key()).isEqualTo("[{\"bearer\":[]}]");
                    assertThat(op.get("responses").has("403")).as(route.key()).isTrue();
                } else {
                    assertThat(security.isEmpty()).as(route.key() + " needs no credential").isTrue();
                }
            }
            assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        }
    }
}
