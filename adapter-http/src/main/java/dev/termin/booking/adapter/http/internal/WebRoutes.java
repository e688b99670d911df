package dev.termin.booking.adapter.http.internal;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the web pages - the customer booking page ({@code /book/{tenant}}, its manage page, the waitlist offer page
 * and the embed script)
 * and the staff console ({@code /console}) - as static files from the jar's {@code web/} resources. The pages call
 * the public JSON API with a key the page is given (booking page) or the user types in (console), so these routes
 * need no key themselves. HTML is sent with {@code no-cache} and carries the engine's current instant (so the pages
 * agree with the engine's clock about "today"); scripts, styles and images are cached for an hour. Thread-safe.
 */
public final class WebRoutes {

    /** Paths served without an API key: the pages and their assets. */
    private static final Pattern PUBLIC = Pattern.compile("^/(console/?|book/[^/]+(/(manage|offer)/[^/]+)?/?|embed\\.js"
            + "|web/[A-Za-z0-9_-]+\\.(js|css|svg))$");
    private static final Pattern ASSET = Pattern.compile("^[A-Za-z0-9_-]+\\.(js|css|svg)$");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml");

    private final Clock clock;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    public WebRoutes(Clock clock) {
        this.clock = clock;
    }

    /** True for the paths of the pages and their assets, which the API key check leaves alone. */
    public static boolean isPublic(String path) {
        return PUBLIC.matcher(path).matches();
    }

    public void register(Router r) {
        r.get("/book/{tenant}", "webBookingPage", Access.PUBLIC, ctx -> page(ctx, "book.html", true));
        r.get("/book/{tenant}/manage/{token}", "webManagePage", Access.PUBLIC, ctx -> page(ctx, "book.html", true));
        r.get("/book/{tenant}/offer/{code}", "webWaitlistOfferPage", Access.PUBLIC, ctx -> page(ctx, "offer.html",
                true));
        r.get("/console", "webConsole", Access.PUBLIC, ctx -> page(ctx, "console.html", false));
        r.get("/embed.js", "webEmbedScript", Access.PUBLIC, ctx -> asset(ctx, "embed.js"));
        r.get("/web/{file}", "webAsset", Access.PUBLIC, ctx -> asset(ctx, ctx.pathParam("file")));
    }

    private void page(Context ctx, String name, boolean frameable) {
        String html = new String(file(name), StandardCharsets.UTF_8).replace("%NOW%", clock.instant().toString());
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        // The booking page is meant to be framed by salon websites; the console never is.
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'"
                + (frameable ? "" : "; frame-ancestors 'none'"));
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html);
    }

    private void asset(Context ctx, String name) {
        if (!ASSET.matcher(name).matches()) {
            throw new NotFoundResponse();
        }
        byte[] body = file(name);
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
        ctx.result(body);
    }

    private byte[] file(String name) {
        byte[] cached = files.get(name);
        if (cached != null) {
            return cached;
        }
        byte[] loaded = load(name).orElseThrow(NotFoundResponse::new);
        files.put(name, loaded);
        return loaded;
    }

    private static Optional<byte[]> load(String name) {
        try (InputStream in = WebRoutes.class.getResourceAsStream("/web/" + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web resource " + name, e);
        }
    }
}
