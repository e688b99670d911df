package dev.termin.booking.adapter.http;

import dev.termin.booking.adapter.mail.SenderDirectory;
import dev.termin.booking.adapter.mail.SenderSettings;
import dev.termin.booking.application.port.in.CatalogueUseCase;
import dev.termin.booking.application.port.out.Notification.Language;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.NotificationSettings;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.result.Result;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender of each tenant's e-mail: the server's sender address, with the tenant's own sender name, reply-to
 * and language from its company settings where it set them. A tenant without settings, or whose reply-to is not
 * an Internet address, sends as the server. Read once per message, so a change applies to the next one.
 * Thread-safe.
 */
final class TenantSenders implements SenderDirectory {

    private static final Logger log = LoggerFactory.getLogger(TenantSenders.class);

    private final SenderSettings server;
    private final Supplier<CatalogueUseCase> catalogue;

    /** {@code catalogue} is asked when a message is sent (the engine is built after its notifier). */
    TenantSenders(SenderSettings server, Supplier<CatalogueUseCase> catalogue) {
        this.server = Objects.requireNonNull(server, "server");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    @Override
    public SenderSettings senderFor(TenantId tenant) {
        Result<Company> company = catalogue.get().company(tenant);
        if (!(company instanceof Result.Success<Company> found)) {
            return server;
        }
        NotificationSettings n = found.value().notifications();
        try {
            return new SenderSettings(server.address(), n.senderName().orElse(server.name()),
                    n.replyTo().or(server::replyTo), n.language().map(Language::ofTag).orElse(server.language()));
        } catch (IllegalArgumentException e) {
            log.warn("tenant {} has sender settings the mail server would refuse; sending as the server: {}",
                    tenant, e.getMessage());
            return server;
        }
    }
}
