package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.termin.booking.adapter.http.internal.ApiJson;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An MCP client of the official SDK lists the phone tools and books through them against the real server. */
class PhoneMcpTest {

    TestServer ts;

    @BeforeEach
    void start() {
        ts = new TestServer();
    }

    @AfterEach
    void stop() {
        ts.close();
    }

    private McpSyncClient client(String key) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://localhost:" + ts.server.port())
                .endpoint("/mcp")
                .jsonMapper(new JacksonMcpJsonMapper(ApiJson.MAPPER))
                .customizeRequest(b -> b.header("Authorization", "Bearer " + key))
                .build();
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20))
                .initializationTimeout(Duration.ofSeconds(20)).build();
    }

    private static JsonNode json(CallToolResult result) {
        assertThat(result.isError()).as(result.toString()).isFalse();
        return ApiJson.read(((TextContent) result.content().get(0)).text());
    }

    @Test
    void aClientWithTheAssistantsKey_listsTheToolsAndBooksThroughThem() {
        try (McpSyncClient client = client(TestServer.DEMO_KEY)) {
            client.initialize();

            assertThat(client.listTools().tools()).extracting(Tool::name).containsExactly("check_availability",
                    "book_appointment", "find_my_appointments", "cancel_appointment", "move_appointment");

            JsonNode offer = json(client.callTool(new CallToolRequest("check_availability", Map.of(
                    "call_id", "mcp-call-1", "wunsch", "Mittwoch um halb drei", "dienstleistung", "Haarschnitt",
                    "mitarbeiter_wunsch", "Maria"))));
            assertThat(offer.get("status").asText()).isEqualTo("offered");
            assertThat(offer.get("alternatives").get(0).get("start").asText())
                    .isEqualTo("2026-06-17T14:30:00+02:00");

            JsonNode booked = json(client.callTool(new CallToolRequest("book_appointment", Map.of(
                    "call_id", "mcp-call-1", "datum", "17.06.2026", "uhrzeit", "14:30", "dienstleistung",
                    "Haarschnitt", "mitarbeiter_wunsch", "Maria", "name", "Anna Becker", "telefonnummer",
                    "0151 12345678", "hold_token", offer.get("holdToken").asText()))));
            assertThat(booked.get("status").asText()).isEqualTo("booked");

            JsonNode mine = json(client.callTool(new CallToolRequest("find_my_appointments", Map.of(
                    "call_id", "mcp-call-1", "telefonnummer", "+4915112345678"))));
            assertThat(mine.get("message").asText())
                    .isEqualTo("Ihr nächster Termin ist am Mittwoch, 17. Juni, um 14:30 Uhr: Haarschnitt bei Maria.");
        }
    }

    @Test
    void aToolCallWithoutItsRequiredArguments_isAToolErrorWithTheReason() {
        try (McpSyncClient client = client(TestServer.DEMO_KEY)) {
            client.initialize();

            CallToolResult result = client.callTool(new CallToolRequest("find_my_appointments", Map.of()));

            assertThat(result.isError()).isTrue();
            assertThat(((TextContent) result.content().get(0)).text()).contains("call_id");
        }
    }

    @Test
    void aClientWithoutAValidKey_cannotConnect() {
        try (McpSyncClient client = client("not-a-key")) {
            assertThatThrownBy(client::initialize).isInstanceOf(RuntimeException.class);
        }
        Http.Resp r = new Http(ts.server.port(), null).post("/mcp", "{}");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("unauthorized");
    }
}
