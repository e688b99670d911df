package dev.termin.booking.adapter.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.CustomerPages;
import dev.termin.booking.application.port.out.contract.AbstractCustomerPagesTest;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link WebCustomerPages} against the port's contract, and its address before and after the server listens. */
class WebCustomerPagesTest extends AbstractCustomerPagesTest {

    @Override
    protected CustomerPages pages() {
        WebCustomerPages pages = new WebCustomerPages();
        pages.serveAt(URI.create("https://termin.example.com"));
        return pages;
    }

    @Test
    void beforeTheServerListens_thereAreNoLinks_afterwardsTheyPointAtTheOfferPage() {
        WebCustomerPages pages = new WebCustomerPages();
        assertThat(pages.waitlistOffer(TenantId.of("demo"), "wo_x")).isEmpty();
        assertThat(pages.manage(TenantId.of("demo"), () -> {
            throw new AssertionError("no token may be issued for a link that cannot be made");
        })).isEmpty();

        pages.serveAt(URI.create("http://localhost:8080"));

        assertThat(pages.waitlistOffer(TenantId.of("demo"), "wo_x"))
                .contains(URI.create("http://localhost:8080/book/demo/offer/wo_x"));
        assertThat(pages.manage(TenantId.of("demo"), () -> "mt_y"))
                .contains(URI.create("http://localhost:8080/book/demo/manage/mt_y"));
    }
}
