package dev.termin.booking.application.port.out;

import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.util.Optional;

/**
 * Outgoing port for the web addresses of the customer's own pages, which the messages to customers link to. The
 * engine's default, {@link #none()}, has no pages: messages then carry the offer code but no link. Implementations are
 * thread-safe.
 */
public interface CustomerPages {

    /**
     * The absolute {@code http(s)} address of the page on which the customer confirms or declines the waitlist offer
     * with {@code offerCode}; empty when there is no such page.
     */
    Optional<URI> waitlistOffer(TenantId tenant, String offerCode);

    /** No pages at all. */
    static CustomerPages none() {
        return (tenant, offerCode) -> Optional.empty();
    }
}
