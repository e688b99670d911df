package dev.termin.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.CustomerPages;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Contract of {@link CustomerPages}: an offer page is an absolute web address naming the tenant and the code. */
public abstract class AbstractCustomerPagesTest {

    /** The pages under test. */
    protected abstract CustomerPages pages();

    private static final String CODE = "wo_7e4d1000-0000-4000-8000-000000000001_"
            + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";

    @Test
    void theOfferPage_isAnAbsoluteWebAddress_carryingTheTenantAndTheCode() {
        URI page = pages().waitlistOffer(TenantId.of("demo"), CODE).orElseThrow();

        assertThat(page.isAbsolute()).isTrue();
        assertThat(page.getScheme()).isIn("http", "https");
        assertThat(page.toString()).contains("demo").endsWith(CODE);
    }

    @Test
    void differentTenantsOrCodes_getDifferentPages() {
        URI demo = pages().waitlistOffer(TenantId.of("demo"), CODE).orElseThrow();

        assertThat(pages().waitlistOffer(TenantId.of("other"), CODE)).isNotEqualTo(demo);
        assertThat(pages().waitlistOffer(TenantId.of("demo"), CODE.replace("abc", "xyz")).orElseThrow())
                .isNotEqualTo(demo);
    }
}
