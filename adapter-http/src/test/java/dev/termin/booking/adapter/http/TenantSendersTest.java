package dev.termin.booking.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.adapter.mail.SenderSettings;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.application.port.out.Notification.Language;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.NotificationSettings;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.policy.BookingPolicy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each tenant's sender: the server's address with the tenant's own name, reply-to and language where set. */
class TenantSendersTest {

    private static final SenderSettings SERVER = SenderSettings.of("termine@termin.example", "Termin");

    private final BookingEngine engine = BookingEngine.builder().build();
    private final TenantSenders senders = new TenantSenders(SERVER, engine::catalogue);

    @Test
    void aTenantWithItsOwnSettings_sendsWithThem_fromTheServersAddress() {
        engine.catalogue().saveCompany(new Company(DemoSalon.TENANT, "Salon Schnittpunkt", BookingPolicy.DEFAULTS,
                new NotificationSettings(Optional.of("Salon Schnittpunkt"),
                        Optional.of(new EmailAddress("hallo@schnittpunkt.example")), Optional.of("en"),
                        Optional.empty()))).orElseThrow();

        SenderSettings sender = senders.senderFor(DemoSalon.TENANT);

        assertThat(sender).isEqualTo(SenderSettings.of("termine@termin.example", "Salon Schnittpunkt")
                .withReplyTo("hallo@schnittpunkt.example").withLanguage(Language.ENGLISH));
    }

    @Test
    void aTenantWithoutSettings_orWithoutACompany_sendsAsTheServer() {
        engine.catalogue().saveCompany(new Company(DemoSalon.TENANT, "Salon", BookingPolicy.DEFAULTS)).orElseThrow();

        assertThat(senders.senderFor(DemoSalon.TENANT)).isEqualTo(SERVER);
        assertThat(senders.senderFor(TenantId.of("nobody"))).isEqualTo(SERVER);
    }
}
