package dev.termin.booking.adapter.http.internal;

import static dev.termin.booking.adapter.http.internal.CatalogueRoutes.value;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.Caller;
import dev.termin.booking.application.port.in.CustomerDataUseCase.ContactLookup;
import dev.termin.booking.application.port.in.CustomerDataUseCase.CustomerData;
import dev.termin.booking.application.port.in.CustomerDataUseCase.Erasure;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/**
 * The owner's GDPR tools: export everything stored about a customer (by phone number or e-mail address) as JSON, and
 * erase it (appointments stay, anonymised). An export is audited like a write, since it hands out personal data.
 * Thread-safe.
 */
public final class CustomerDataRoutes {

    private final BookingEngine engine;
    private final Zones zones;

    public CustomerDataRoutes(BookingEngine engine, Zones zones) {
        this.engine = engine;
        this.zones = zones;
    }

    public void register(Router r) {
        r.get("/v1/customers/export", "exportCustomer", Access.of(Permission.EXPORT_ERASE_CUSTOMER), ctx -> {
            TenantId tenant = RequestContext.tenant(ctx);
            CustomerData data = value(engine.customerData().exportCustomer(tenant, lookup(ctx.queryParam("phone"),
                    ctx.queryParam("email"))));
            engine.access().record(new Caller(RequestContext.principal(ctx), RequestContext.correlationId(ctx)),
                    tenant, "api.export_customer", data.appointments().size() + " appointments");
            Function<BranchId, ZoneId> zoneOf = zones.perBranch(tenant);
            ObjectNode n = ApiJson.object();
            ArrayNode appointments = n.putArray("appointments");
            data.appointments().forEach(a -> appointments.add(Views.appointment(a, zoneOf.apply(a.branch()))));
            ArrayNode waitlist = n.putArray("waitlist");
            data.waitlist().forEach(e -> waitlist.add(Views.waitlist(e, zoneOf.apply(e.branch()))));
            Router.json(ctx, 200, n);
        });
        r.post("/v1/customers/erase", "eraseCustomer", Access.of(Permission.EXPORT_ERASE_CUSTOMER), ctx -> {
            JsonBody b = RequestContext.json(ctx);
            Erasure erased = value(engine.customerData().eraseCustomer(RequestContext.tenant(ctx),
                    lookup(b.optText("phone").orElse(null), b.optText("email").orElse(null))));
            ObjectNode n = ApiJson.object();
            n.put("appointments", erased.appointments());
            n.put("waitlistEntries", erased.waitlistEntries());
            Router.json(ctx, 200, n);
        });
    }

    private ContactLookup lookup(String phone, String email) {
        Optional<PhoneNumber> p = Optional.ofNullable(phone).filter(x -> !x.isBlank()).map(x -> PhoneNumber
                .parse(x, engine.settings().defaultCountryCode()).orElseThrow(() -> ApiProblem.invalid(
                        "'phone' is not a phone number.")));
        Optional<EmailAddress> e = Optional.ofNullable(email).filter(x -> !x.isBlank())
                .map(x -> Readers.parse("email", () -> new EmailAddress(x.strip())));
        return Readers.parse("customer", () -> new ContactLookup(p, e));
    }
}
