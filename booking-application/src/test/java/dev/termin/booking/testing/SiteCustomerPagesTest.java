package dev.termin.booking.testing;

import dev.termin.booking.application.port.out.CustomerPages;
import dev.termin.booking.application.port.out.contract.AbstractCustomerPagesTest;

/** The tests' {@link SiteCustomerPages} keep the port's contract, so tests following their links follow real ones. */
class SiteCustomerPagesTest extends AbstractCustomerPagesTest {

    @Override
    protected CustomerPages pages() {
        return new SiteCustomerPages("https://termine.example.org");
    }
}
