package dev.termin.booking.testing;

import dev.termin.booking.application.port.out.CustomerPages;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The customer's pages of a site at {@code base} laid out like the server's ({@code /book/<tenant>/offer/<code>},
 * {@code /book/<tenant>/manage/<token>}), for tests that follow links in messages. Thread-safe.
 *
 * @param base the site's address without a trailing slash, e.g. {@code https://termine.example.org}
 */
public record SiteCustomerPages(String base) implements CustomerPages {

    @Override
    public Optional<URI> waitlistOffer(TenantId tenant, String offerCode) {
        return Optional.of(URI.create(base + "/book/" + tenant.value() + "/offer/" + offerCode));
    }

    @Override
    public Optional<URI> manage(TenantId tenant, Supplier<String> token) {
        return Optional.of(URI.create(base + "/book/" + tenant.value() + "/manage/" + token.get()));
    }
}
