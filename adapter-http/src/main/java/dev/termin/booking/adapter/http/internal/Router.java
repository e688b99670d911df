package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The route table: every route of the API is registered here with its method, path, operation id and declared
 * {@link Access}, and nowhere else. Each handler runs behind the {@link Guard} (credential, permission, rate limit,
 * CORS, then redaction of what the caller may not see and the audit line of a successful write); POST routes are
 * also wrapped with {@link Idempotency}, except those whose use case keeps the key itself. {@link #verify} refuses a server whose Javalin routes are not all in the
 * table. Also the small response helpers the route classes share. Not thread-safe (used at start).
 */
public final class Router {

    /** What runs around every route's handler. */
    public interface Guard {
        /** Admits the request to {@code route} or throws the {@link ApiProblem} that refuses it. */
        void admit(Context ctx, Route route);

        /** After the handler returned: redacts the response for the caller and audits a successful write. */
        void after(Context ctx, Route route);
    }

    private final Javalin app;
    private final Idempotency idempotency;
    private final Guard guard;
    private final Map<String, Route> table = new LinkedHashMap<>();

    public Router(Javalin app, Idempotency idempotency, Guard guard) {
        this.app = app;
        this.idempotency = idempotency;
        this.guard = guard;
    }

    public void get(String path, String operationId, Access access, Handler handler) {
        app.get(path, guarded(add("GET", path, operationId, access), handler));
    }

    public void post(String path, String operationId, Access access, Handler handler) {
        app.post(path, guarded(add("POST", path, operationId, access), idempotency.wrap(handler)));
    }

    /**
     * A POST whose use case keeps the {@code Idempotency-Key} itself (read with {@link Idempotency#key}), in the
     * database and committed with what it writes, so that a retry after a crash replays the first result and a
     * Redis outage does not touch it.
     */
    public void postKeyedByUseCase(String path, String operationId, Access access, Handler handler) {
        app.post(path, guarded(add("POST", path, operationId, access), handler));
    }

    public void put(String path, String operationId, Access access, Handler handler) {
        app.put(path, guarded(add("PUT", path, operationId, access), handler));
    }

    public void delete(String path, String operationId, Access access, Handler handler) {
        app.delete(path, guarded(add("DELETE", path, operationId, access), handler));
    }

    private Route add(String method, String path, String operationId, Access access) {
        Route route = new Route(method, path, operationId, access);
        if (table.putIfAbsent(route.key(), route) != null) {
            throw new IllegalStateException("route registered twice: " + route.key());
        }
        if (table.values().stream().filter(r -> r.operationId().equals(operationId)).count() > 1) {
            throw new IllegalStateException("operationId used twice: " + operationId);
        }
        return route;
    }

    private Handler guarded(Route route, Handler handler) {
        return ctx -> {
            guard.admit(ctx, route);
            handler.handle(ctx);
            guard.after(ctx, route);
        };
    }

    /** The table, in registration order. */
    public List<Route> routes() {
        return List.copyOf(new ArrayList<>(table.values()));
    }

    /**
     * Refuses to start when a route reached Javalin without passing through this table (and so without a declared
     * access).
     *
     * @throws IllegalStateException naming the undeclared routes
     */
    public void verify(Set<String> javalinRoutes) {
        Set<String> undeclared = new TreeSet<>(javalinRoutes);
        undeclared.removeAll(table.keySet());
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("routes without a declared access and operationId: " + undeclared);
        }
    }

    public static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(ApiJson.write(body));
    }
}
