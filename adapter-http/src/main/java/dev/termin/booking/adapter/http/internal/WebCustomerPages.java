package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.application.port.out.CustomerPages;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * {@link CustomerPages} on this server's web pages (served by {@link WebRoutes}): the offer page is
 * {@code <public address>/book/<tenant>/offer/<code>}, the manage page {@code <public address>/book/<tenant>/manage/<token>}. The engine is built before the server listens, and without a configured public
 * address the address is only known once the server has its port, so it is set by {@link #serveAt} at start; until
 * then there are no links. Thread-safe.
 */
public final class WebCustomerPages implements CustomerPages {

    private final AtomicReference<URI> base = new AtomicReference<>();

    /** Links from now on start with {@code publicAddress} (no trailing slash). */
    public void serveAt(URI publicAddress) {
        base.set(Objects.requireNonNull(publicAddress, "publicAddress"));
    }

    @Override
    public Optional<URI> waitlistOffer(TenantId tenant, String offerCode) {
        return Optional.ofNullable(base.get()).map(b -> URI.create(b + "/book/" + encode(tenant.value())
                + "/offer/" + encode(offerCode)));
    }

    @Override
    public Optional<URI> manage(TenantId tenant, Supplier<String> token) {
        return Optional.ofNullable(base.get()).map(b -> URI.create(b + "/book/" + encode(tenant.value())
                + "/manage/" + encode(token.get())));
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}
