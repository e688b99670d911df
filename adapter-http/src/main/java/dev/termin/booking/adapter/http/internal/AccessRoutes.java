package dev.termin.booking.adapter.http.internal;

import static dev.termin.booking.adapter.http.internal.CatalogueRoutes.value;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.port.in.AccessUseCase;
import dev.termin.booking.application.port.in.Caller;
import dev.termin.booking.application.port.in.CreateKeyCommand;
import dev.termin.booking.application.port.in.CreateTenantCommand;
import dev.termin.booking.application.port.in.CreatedTenant;
import dev.termin.booking.application.port.in.IssuedKey;
import dev.termin.booking.domain.access.AccessPolicy;
import dev.termin.booking.domain.access.ApiKey;
import dev.termin.booking.domain.access.ApiKeyId;
import dev.termin.booking.domain.access.AuditEntry;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.catalogue.TenantId;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * Access administration over HTTP: the operator's tenants ({@code /v1/operator/tenants}), the owner's keys
 * ({@code /v1/keys}), access policy ({@code /v1/access-policy}) and audit log ({@code /v1/audit}). Secrets of new
 * keys appear in the response once. Thread-safe.
 */
public final class AccessRoutes {

    private final AccessUseCase access;

    public AccessRoutes(AccessUseCase access) {
        this.access = access;
    }

    public void register(Router r) {
        r.get("/v1/operator/tenants", "listTenants", Access.OPERATOR, ctx -> {
            ArrayNode a = ApiJson.array();
            value(access.listTenants(caller(ctx))).forEach(t -> a.add(tenant(t)));
            Router.json(ctx, 200, a);
        });
        r.post("/v1/operator/tenants", "createTenant", Access.OPERATOR, this::createTenant);
        r.post("/v1/operator/tenants/{tenant}/suspend", "suspendTenant", Access.OPERATOR, ctx ->
                Router.json(ctx, 200, tenant(value(access.suspendTenant(caller(ctx), tenantParam(ctx))))));
        r.post("/v1/operator/tenants/{tenant}/activate", "activateTenant", Access.OPERATOR, ctx ->
                Router.json(ctx, 200, tenant(value(access.reactivateTenant(caller(ctx), tenantParam(ctx))))));

        r.get("/v1/keys", "listKeys", Access.of(Permission.MANAGE_KEYS), ctx -> {
            ArrayNode a = ApiJson.array();
            value(access.listKeys(caller(ctx), RequestContext.tenant(ctx))).forEach(k -> a.add(key(k)));
            Router.json(ctx, 200, a);
        });
        r.post("/v1/keys", "createKey", Access.of(Permission.MANAGE_KEYS), this::createKey);
        r.post("/v1/keys/{id}/revoke", "revokeKey", Access.of(Permission.MANAGE_KEYS), ctx -> {
            ApiKeyId id = Readers.parse("key id", () -> ApiKeyId.of(ctx.pathParam("id")));
            Router.json(ctx, 200, key(value(access.revokeKey(caller(ctx), RequestContext.tenant(ctx), id))));
        });
        r.put("/v1/access-policy", "putAccessPolicy", Access.of(Permission.MANAGE_POLICY), ctx -> {
            JsonBody b = RequestContext.json(ctx);
            AccessPolicy policy = new AccessPolicy(b.bool("deskMayOverrideDeadlines", false));
            TenantAccount t = value(access.changeAccessPolicy(caller(ctx), RequestContext.tenant(ctx), policy));
            Router.json(ctx, 200, tenant(t));
        });
        r.get("/v1/audit", "listAuditEntries", Access.of(Permission.READ_AUDIT), ctx -> {
            int limit = BookingRoutes.query(ctx, "limit").map(l -> Readers.parse("limit", () -> Integer.valueOf(l)))
                    .orElse(100);
            ArrayNode a = ApiJson.array();
            value(access.recentAudit(caller(ctx), RequestContext.tenant(ctx), limit)).forEach(e -> a.add(audit(e)));
            Router.json(ctx, 200, a);
        });
    }

    private void createTenant(Context ctx) {
        JsonBody b = RequestContext.json(ctx);
        CreateTenantCommand command = Readers.parse("tenant", () -> new CreateTenantCommand(b.text("slug"),
                b.text("name"), ZoneId.of(b.optText("timeZone").orElse("Europe/Berlin"))));
        CreatedTenant created = value(access.createTenant(caller(ctx), command));
        ObjectNode n = tenant(created.account());
        n.set("ownerKey", issued(created.ownerKey()));
        ctx.header("Location", "/v1/operator/tenants/" + created.account().id().value());
        Router.json(ctx, 201, n);
    }

    private void createKey(Context ctx) {
        JsonBody b = RequestContext.json(ctx);
        Role role = Role.parse(b.text("role")).orElseThrow(() -> ApiProblem.invalid(
                "'role' must be one of owner, desk, assistant, booking-page, viewer."));
        Optional<Instant> expires = b.optText("expiresAt").map(x -> Times.instant(x, java.time.ZoneOffset.UTC,
                "expiresAt"));
        CreateKeyCommand command = Readers.parse("key", () -> new CreateKeyCommand(RequestContext.tenant(ctx), role,
                b.optText("label").orElse(role.code()), expires, new LinkedHashSet<>(b.texts("allowedOrigins"))));
        IssuedKey issued = value(access.createKey(caller(ctx), command));
        ctx.header("Location", "/v1/keys/" + issued.key().id().value());
        Router.json(ctx, 201, issued(issued));
    }

    /** The caller; the access use case writes the audit line of its changes itself, with the change. */
    private static Caller caller(Context ctx) {
        ctx.attribute(RequestContext.AUDITED, Boolean.TRUE);
        return new Caller(RequestContext.principal(ctx), RequestContext.correlationId(ctx));
    }

    private static TenantId tenantParam(Context ctx) {
        return Readers.parse("tenant", () -> TenantId.of(ctx.pathParam("tenant")));
    }

    static ObjectNode tenant(TenantAccount t) {
        ObjectNode n = ApiJson.object();
        n.put("id", t.id().value());
        n.put("slug", t.slug());
        n.put("name", t.name());
        n.put("timeZone", t.zone().getId());
        n.put("status", t.status().name().toLowerCase(java.util.Locale.ROOT));
        n.put("created", Times.utc(t.created()));
        n.putObject("accessPolicy").put("deskMayOverrideDeadlines", t.policy().deskMayOverrideDeadlines());
        return n;
    }

    static ObjectNode key(ApiKey k) {
        ObjectNode n = ApiJson.object();
        n.put("id", k.id().value());
        n.put("role", k.role().code());
        n.put("label", k.label());
        n.put("prefix", k.displayPrefix());
        n.put("created", Times.utc(k.created()));
        k.lastUsed().ifPresentOrElse(t -> n.put("lastUsed", Times.utc(t)), () -> n.putNull("lastUsed"));
        k.expiresAt().ifPresentOrElse(t -> n.put("expiresAt", Times.utc(t)), () -> n.putNull("expiresAt"));
        k.revokedAt().ifPresentOrElse(t -> n.put("revokedAt", Times.utc(t)), () -> n.putNull("revokedAt"));
        ArrayNode origins = n.putArray("allowedOrigins");
        k.allowedOrigins().stream().sorted().forEach(origins::add);
        return n;
    }

    private static ObjectNode issued(IssuedKey issued) {
        ObjectNode n = key(issued.key());
        n.put("secret", issued.secret());
        return n;
    }

    private static ObjectNode audit(AuditEntry e) {
        ObjectNode n = ApiJson.object();
        n.put("at", Times.utc(e.at()));
        n.put("actor", e.actor());
        e.role().ifPresentOrElse(r -> n.put("role", r.code()), () -> n.putNull("role"));
        n.put("action", e.action());
        n.put("target", e.target());
        n.put("correlationId", e.correlationId());
        return n;
    }
}
