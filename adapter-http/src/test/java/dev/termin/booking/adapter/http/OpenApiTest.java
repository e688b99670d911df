package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document lists exactly the routes the server registered. */
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
}
