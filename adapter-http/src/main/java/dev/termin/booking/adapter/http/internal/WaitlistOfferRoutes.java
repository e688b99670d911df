package dev.termin.booking.adapter.http.internal;

import static dev.termin.booking.adapter.http.internal.CatalogueRoutes.value;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.WaitlistOffer;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.result.ErrorCode;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.Map;

/**
 * The customer's side of a waitlist offer, reached through the link in the offer message
 * ({@code /book/{tenant}/offer/{code}}): read the offer, take it, or turn it down. The offer code in the path is the
 * only credential (256 random bits; only its hash is stored), so the routes are public, rate-limited per client
 * address like manage links, and write nothing for an unknown code. An offer is taken once: a second confirm, like a
 * lapsed or declined offer, is {@code 410 reservation_expired} with the detail {@code reason}; an unknown code or
 * tenant is {@code 404 reservation_not_found}. Taking the offer answers with the appointment and its manage link.
 * Thread-safe.
 */
public final class WaitlistOfferRoutes {

    private static final String PATH = "/v1/waitlist-offers/{tenant}/{code}";
    private static final String SCOPE = "offer";

    private final BookingEngine engine;
    private final Zones zones;
    private final Security security;

    public WaitlistOfferRoutes(BookingEngine engine, Zones zones, Security security) {
        this.engine = engine;
        this.zones = zones;
        this.security = security;
    }

    public void register(Router r) {
        r.get(PATH, "getWaitlistOffer", Access.PUBLIC, ctx -> {
            TenantId tenant = admit(ctx);
            WaitlistOffer offer = value(engine.waitlist().findOffer(tenant, ctx.pathParam("code")));
            Router.json(ctx, 200, view(offer));
        });
        // No Idempotency-Key replay: the code is taken once, and a retry reads "used" (the confirmation e-mail and
        // the manage link of the first answer stay valid).
        r.postKeyedByUseCase(PATH + "/confirm", "confirmWaitlistOfferByLink", Access.PUBLIC, ctx -> {
            TenantId tenant = admit(ctx);
            Appointment a = value(engine.waitlist().confirmOffer(tenant, ctx.pathParam("code"),
                    RequestContext.correlationId(ctx)));
            ObjectNode n = Views.appointment(a, zones.zone(a.tenant(), a.branch()));
            names(n, a.tenant(), a.service(), a.staff(), a.branch());
            ManageRoutes.attachLink(engine, n, a);
            n.put("managePage", "/book/" + tenant.value() + "/manage/" + n.get("manageToken").asText());
            ctx.header("Location", n.get("manageUrl").asText());
            Router.json(ctx, 201, n);
        });
        r.postKeyedByUseCase(PATH + "/decline", "declineWaitlistOffer", Access.PUBLIC, ctx -> {
            TenantId tenant = admit(ctx);
            WaitlistEntry e = value(engine.waitlist().declineOffer(tenant, ctx.pathParam("code"),
                    RequestContext.correlationId(ctx)));
            ObjectNode n = ApiJson.object();
            n.put("status", "declined");
            n.put("waitlist", e.status().code());
            e.bookingPage().ifPresent(page -> n.put("bookingPage", page));
            Router.json(ctx, 200, n);
        });
    }

    /** Rate-limits the caller and reads the tenant; a malformed tenant is as unknown as a missing one. */
    private TenantId admit(Context ctx) {
        security.limitPublic(ctx, SCOPE);
        try {
            return TenantId.of(ctx.pathParam("tenant"));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(ErrorCode.RESERVATION_NOT_FOUND, 404, "There is no waitlist offer with this code.",
                    Map.of());
        }
    }

    private ObjectNode view(WaitlistOffer offer) {
        Hold h = offer.hold();
        ZoneId zone = zones.zone(h.tenant(), h.branch());
        ObjectNode n = ApiJson.object();
        n.put("status", "open");
        n.put("service", h.service().value());
        n.put("staff", h.staff().value());
        n.put("branch", h.branch().value());
        names(n, h.tenant(), h.service(), h.staff(), h.branch());
        Times.put(n, "start", h.interval().start(), zone);
        Times.put(n, "end", h.interval().end(), zone);
        Times.put(n, "expiresAt", h.expiresAt(), zone);
        n.put("customerName", offer.entry().customer().name());
        offer.entry().bookingPage().ifPresent(page -> n.put("bookingPage", page));
        return n;
    }

    /** The names a customer reads (the page has no key to read the catalogue with). */
    private void names(ObjectNode n, TenantId tenant, ServiceId service, StaffId staff, BranchId branch) {
        var catalogue = engine.catalogue();
        if (catalogue.company(tenant) instanceof Result.Success<Company> c) {
            n.put("salon", c.value().name());
        }
        if (catalogue.service(tenant, service) instanceof Result.Success<Service> s) {
            n.put("serviceName", s.value().name());
        }
        if (catalogue.staff(tenant, staff) instanceof Result.Success<Staff> s) {
            n.put("staffName", s.value().name());
        }
        if (catalogue.branch(tenant, branch) instanceof Result.Success<Branch> b) {
            n.put("branchName", b.value().name());
        }
    }
}
