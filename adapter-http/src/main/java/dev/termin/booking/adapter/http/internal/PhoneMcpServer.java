package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.adapter.http.auth.BearerAuthenticator;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.domain.access.Principal;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.out.InfrastructureException;
import dev.termin.booking.application.port.out.RateLimiter;
import dev.termin.booking.domain.catalogue.TenantId;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/**
 * The phone tools ({@link PhoneTools}) as a Model Context Protocol server on the official MCP Java SDK, with the
 * streamable HTTP transport mounted at {@value #PATH} in the server's Jetty. Every request must carry the
 * assistant's API key as {@code Authorization: Bearer <key>} and counts against the key's rate limit; the key's
 * tenant travels to the tool calls in the MCP transport context. A tool's answer is its JSON as text content; a
 * malformed argument is a tool error ({@code isError}) with the reason. Thread-safe; {@link #close} ends the
 * sessions.
 */
public final class PhoneMcpServer implements AutoCloseable {

    /** Where the MCP endpoint is mounted. */
    public static final String PATH = "/mcp";

    private static final String TENANT = "termin.tenant";
    private static final String CORRELATION_ID = "termin.correlationId";

    private final HttpServletStreamableServerTransportProvider transport;
    private final McpSyncServer server;
    private final BearerAuthenticator authenticator;
    private final RateLimiter limiter;
    private final Clock clock;

    public PhoneMcpServer(BookingEngine engine, Zones zones, BearerAuthenticator authenticator,
            RateLimiter limiter) {
        this.authenticator = authenticator;
        this.limiter = limiter;
        this.clock = engine.clock();
        JacksonMcpJsonMapper json = new JacksonMcpJsonMapper(ApiJson.MAPPER);
        this.transport = HttpServletStreamableServerTransportProvider.builder().jsonMapper(json).mcpEndpoint(PATH)
                .contextExtractor(request -> McpTransportContext.create(Map.of(
                        TENANT, request.getAttribute(TENANT),
                        CORRELATION_ID, request.getAttribute(CORRELATION_ID))))
                .build();
        PhoneTools tools = new PhoneTools(engine, zones);
        List<SyncToolSpecification> specifications = new ArrayList<>();
        for (PhoneTools.Tool t : PhoneTools.TOOLS) {
            Tool tool = Tool.builder().name(t.name()).description(t.description())
                    .inputSchema(json, ApiJson.write(t.parameters())).build();
            specifications.add(SyncToolSpecification.builder().tool(tool)
                    .callHandler((exchange, request) -> call(tools, exchange, request)).build());
        }
        this.server = McpServer.sync(transport).jsonMapper(json)
                .serverInfo("termin-phone", "1")
                .instructions("Termin's phone assistant tools: find free times for a German wish and book them, "
                        + "and find, move or cancel the caller's own appointments. Read each answer's 'message' "
                        + "to the caller.")
                .capabilities(ServerCapabilities.builder().tools(false).build())
                .tools(specifications)
                .build();
    }

    /** Adds the endpoint to the server's servlet context (before it starts). */
    public void mount(ServletContextHandler context) {
        ServletHolder holder = new ServletHolder(new Guard());
        holder.setAsyncSupported(true);
        context.addServlet(holder, PATH);
    }

    private static CallToolResult call(PhoneTools tools, McpSyncServerExchange exchange, CallToolRequest request) {
        TenantId tenant = (TenantId) exchange.transportContext().get(TENANT);
        String correlationId = (String) exchange.transportContext().get(CORRELATION_ID);
        ObjectNode args = request.arguments() == null ? ApiJson.object()
                : ApiJson.MAPPER.valueToTree(request.arguments());
        try {
            ObjectNode answer = tools.call(tenant, request.name(), JsonBody.of(args), correlationId);
            return CallToolResult.builder().addTextContent(ApiJson.write(answer)).isError(false).build();
        } catch (ApiProblem e) {
            return CallToolResult.builder().addTextContent(e.getMessage()).isError(true).build();
        }
    }

    @Override
    public void close() {
        server.closeGracefully();
    }

    /** Checks the API key and the rate limit, then hands the request to the SDK's transport. */
    private final class Guard extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String header = req.getHeader("Authorization");
            String credential = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? header.substring(7).strip() : "";
            BearerAuthenticator.Outcome outcome = authenticator.authenticate(credential);
            if (!(outcome instanceof BearerAuthenticator.Outcome.Authenticated ok)
                    || !(ok.principal() instanceof Principal.Member member)) {
                resp.setHeader("WWW-Authenticate", "Bearer");
                problem(resp, 401, "unauthorized", "An API key is required: Authorization: Bearer <key>.");
                return;
            }
            if (!member.may(Permission.PHONE, member.tenant())) {
                problem(resp, 403, "forbidden", "This key may not use the phone tools.");
                return;
            }
            if (limited(member.credential().actor())) {
                problem(resp, 429, "rate_limited", "Too many requests for this API key.");
                return;
            }
            Optional<TenantId> tenant = Optional.of(member.tenant());
            req.setAttribute(TENANT, tenant.get());
            String correlation = req.getHeader(RequestContext.CORRELATION_HEADER);
            req.setAttribute(CORRELATION_ID, RequestContext.validCorrelationId(correlation) ? correlation
                    : UUID.randomUUID().toString());
            try {
                transport.service(req, resp);
            } catch (ServletException e) {
                throw new IOException(e);
            }
        }

        private boolean limited(String actor) {
            try {
                return limiter.tryAcquire("http:" + actor, clock.instant()) instanceof RateLimiter.Decision.Limited;
            } catch (InfrastructureException e) {
                return false;
            }
        }

        private void problem(HttpServletResponse resp, int status, String code, String detail) throws IOException {
            ObjectNode n = ApiJson.object().put("type", "about:blank").put("title", code).put("status", status)
                    .put("detail", detail).put("code", code);
            resp.setStatus(status);
            resp.setContentType("application/problem+json");
            resp.getOutputStream().write(ApiJson.write(n).getBytes(StandardCharsets.UTF_8));
        }
    }
}
