package dev.termin.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.CustomerPages;
import dev.termin.booking.domain.catalogue.TenantId;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link CustomerPages}: an offer page and a manage page are absolute web addresses naming the tenant and
 * the code or token.
 */
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

    @Test
    void theManagePage_isAnAbsoluteWebAddress_carryingTheTenantAndTheToken() {
        URI page = pages().manage(TenantId.of("demo"), () -> "mt_abc123").orElseThrow();

        assertThat(page.isAbsolute()).isTrue();
        assertThat(page.getScheme()).isIn("http", "https");
        assertThat(page.toString()).contains("demo").endsWith("mt_abc123");
        assertThat(pages().manage(TenantId.of("other"), () -> "mt_abc123")).isNotEqualTo(Optional.of(page));
    }
}
