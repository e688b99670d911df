package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Outgoing port for the web addresses of the customer's own pages, which the messages to customers link to. The
 * engine's default, {@link #none()}, has no pages: messages then carry the offer code but no links. Implementations
 * are thread-safe.
 */
public interface CustomerPages {

    /**
     * The absolute {@code http(s)} address of the page on which the customer confirms or declines the waitlist offer
     * with {@code offerCode}; empty when there is no such page.
     */
    Optional<URI> waitlistOffer(TenantId tenant, String offerCode);

    /**
     * The absolute {@code http(s)} address of the page on which the customer sees, moves or cancels an appointment,
     * opened by a manage token; empty when there is no such page. {@code token} issues the token and is called only
     * when there is a page, so no token is made for a message that cannot carry it.
     */
    Optional<URI> manage(TenantId tenant, Supplier<String> token);

    /** No pages at all. */
    static CustomerPages none() {
        return new CustomerPages() {
            @Override
            public Optional<URI> waitlistOffer(TenantId tenant, String offerCode) {
                return Optional.empty();
            }

            @Override
            public Optional<URI> manage(TenantId tenant, Supplier<String> token) {
                return Optional.empty();
            }
        };
    }
}
