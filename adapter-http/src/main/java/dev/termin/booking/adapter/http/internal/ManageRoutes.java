package dev.termin.booking.adapter.http.internal;

import static dev.termin.booking.adapter.http.internal.CatalogueRoutes.value;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.CancelCommand;
import dev.termin.booking.application.port.in.IssuedManageToken;
import dev.termin.booking.application.port.in.RescheduleCommand;
import dev.termin.booking.domain.access.ManageGrant;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.result.Result;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;

/**
 * A customer's self-service with the manage token every booking returns: read that one appointment, cancel it, move
 * it within the tenant's policy (deadlines and limits always apply; a manage link never overrides). Nothing else is
 * reachable with a token; the {@link Security} guard resolves it and rate-limits it. Thread-safe.
 */
public final class ManageRoutes {

    /** Where a manage link points, relative to the server. */
    public static final String PATH = "/v1/manage/";

    private final BookingEngine engine;
    private final Zones zones;

    public ManageRoutes(BookingEngine engine, Zones zones) {
        this.engine = engine;
        this.zones = zones;
    }

    public void register(Router r) {
        r.get("/v1/manage/{token}", "getManagedAppointment", Access.MANAGE_TOKEN, ctx -> {
            Appointment a = value(engine.appointments().find(grant(ctx).tenant(), grant(ctx).appointment()));
            Router.json(ctx, 200, view(a));
        });
        r.post("/v1/manage/{token}/cancel", "cancelManagedAppointment", Access.MANAGE_TOKEN, this::cancel);
        r.post("/v1/manage/{token}/reschedule", "rescheduleManagedAppointment", Access.MANAGE_TOKEN,
                this::reschedule);
    }

    private static ManageGrant grant(Context ctx) {
        return RequestContext.grant(ctx);
    }

    private void cancel(Context ctx) {
        ManageGrant g = grant(ctx);
        Appointment a = value(engine.appointments().cancel(new CancelCommand(g.tenant(), g.appointment(),
                "cancelled by the customer", false, RequestContext.correlationId(ctx))));
        Router.json(ctx, 200, view(a));
    }

    /**
     * The appointment with the names of its service, staff member and branch: the customer's page has no key to read
     * the catalogue with, and ids mean nothing to a customer.
     */
    private ObjectNode view(Appointment a) {
        ObjectNode n = Views.appointment(a, zones.zone(a.tenant(), a.branch()));
        if (engine.catalogue().service(a.tenant(), a.service()) instanceof Result.Success<Service> s) {
            n.put("serviceName", s.value().name());
        }
        if (engine.catalogue().staff(a.tenant(), a.staff()) instanceof Result.Success<Staff> s) {
            n.put("staffName", s.value().name());
        }
        if (engine.catalogue().branch(a.tenant(), a.branch()) instanceof Result.Success<Branch> s) {
            n.put("branchName", s.value().name());
        }
        return n;
    }

    private void reschedule(Context ctx) {
        ManageGrant g = grant(ctx);
        JsonBody b = RequestContext.json(ctx);
        Appointment current = value(engine.appointments().find(g.tenant(), g.appointment()));
        Optional<StaffId> staff = b.optText("staff").map(s -> Readers.parse("staff", () -> StaffId.of(s)));
        Instant start = Times.instant(b.text("start"), zones.zone(g.tenant(), current.branch()), "start");
        Result<Appointment> result = engine.appointments().reschedule(new RescheduleCommand(g.tenant(),
                g.appointment(), start, staff, false, RequestContext.correlationId(ctx)));
        Appointment a = value(result);
        engine.access().appointmentMoved(a.tenant(), a.id(), a.interval().end());
        ObjectNode n = view(a);
        n.set("warnings", Views.warnings(BookingRoutes.warnings(result)));
        Router.json(ctx, 200, n);
    }

    /**
     * Issues the manage token of a just-booked appointment and adds it to the response as {@code manageToken} and
     * {@code manageUrl}; the token is shown here once (only its hash is stored).
     */
    static void attachLink(BookingEngine engine, ObjectNode response, Appointment a) {
        IssuedManageToken issued = engine.access().issueManageToken(a.tenant(), a.id(), a.interval().end());
        response.put("manageToken", issued.token());
        response.put("manageUrl", PATH + issued.token());
    }
}
