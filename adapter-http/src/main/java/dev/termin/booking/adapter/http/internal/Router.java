package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Registers the API's routes on Javalin; POST routes that create or change something are wrapped with
 * {@link Idempotency}, except those whose use case keeps the key itself. Also the small response helpers the route classes share. Not thread-safe (used at start).
 */
public final class Router {

    private final Javalin app;
    private final Idempotency idempotency;

    public Router(Javalin app, Idempotency idempotency) {
        this.app = app;
        this.idempotency = idempotency;
    }

    public void get(String path, Handler handler) {
        app.get(path, handler);
    }

    public void post(String path, Handler handler) {
        app.post(path, idempotency.wrap(handler));
    }

    /**
     * A POST whose use case keeps the {@code Idempotency-Key} itself (read with {@link Idempotency#key}), in the
     * database and committed with what it writes, so that a retry after a crash replays the first result and a
     * Redis outage does not touch it.
     */
    public void postKeyedByUseCase(String path, Handler handler) {
        app.post(path, handler);
    }

    public void put(String path, Handler handler) {
        app.put(path, handler);
    }

    public void delete(String path, Handler handler) {
        app.delete(path, handler);
    }

    public static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(ApiJson.write(body));
    }
}
