package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.application.port.in.AttendanceCommand;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.catalogue.TenantId;
import io.javalin.http.Context;

/**
 * The front desk's attendance routes: {@code POST /v1/appointments/{id}/arrived}, {@code /completed} and
 * {@code /no-show}, each with an optional body {@code {"by": "desk-1"}} naming who did it (default: the request's
 * correlation id); the answer is the appointment with its status changes and the customer's no-show count. A
 * transition the appointment does not allow is {@code 409 invalid_state}. Thread-safe.
 */
public final class AttendanceRoutes {

    private final BookingEngine engine;
    private final Zones zones;

    public AttendanceRoutes(BookingEngine engine, Zones zones) {
        this.engine = engine;
        this.zones = zones;
    }

    public void register(Router r) {
        r.post("/v1/appointments/{id}/arrived", "markAppointmentArrived", Access.of(Permission.MARK_ATTENDANCE), ctx -> attend(ctx, AppointmentStatus.ARRIVED));
        r.post("/v1/appointments/{id}/completed", "markAppointmentCompleted", Access.of(Permission.MARK_ATTENDANCE), ctx -> attend(ctx, AppointmentStatus.COMPLETED));
        r.post("/v1/appointments/{id}/no-show", "markAppointmentNoShow", Access.of(Permission.MARK_ATTENDANCE), ctx -> attend(ctx, AppointmentStatus.NO_SHOW));
    }

    private void attend(Context ctx, AppointmentStatus to) {
        TenantId tenant = RequestContext.tenant(ctx);
        byte[] raw = RequestContext.body(ctx);
        String by = raw.length == 0 || new String(raw, java.nio.charset.StandardCharsets.UTF_8).isBlank()
                ? RequestContext.correlationId(ctx)
                : JsonBody.parse(raw).optText("by").orElse(RequestContext.correlationId(ctx));
        AttendanceCommand command = Readers.parse("attendance", () -> new AttendanceCommand(tenant,
                BookingRoutes.appointmentId(ctx), to, checkedBy(by), RequestContext.correlationId(ctx)));
        Appointment a = CatalogueRoutes.value(engine.appointments().recordAttendance(command));
        Router.json(ctx, 200, view(engine, zones, a));
    }

    private static String checkedBy(String by) {
        if (by.isBlank() || by.length() > 200) {
            throw new IllegalArgumentException("'by' must be 1 to 200 characters long");
        }
        return by.strip();
    }

    /** The appointment as the desk sees it: with the customer's no-show count. */
    static ObjectNode view(BookingEngine engine, Zones zones, Appointment a) {
        ObjectNode n = Views.appointment(a, zones.zone(a.tenant(), a.branch()));
        n.put("customerNoShows", engine.appointments().noShows(a.tenant(), a.customer()));
        return n;
    }
}
