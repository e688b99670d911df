package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.PhoneAnswer;
import dev.termin.booking.application.port.in.PhoneRequest;
import io.javalin.http.Context;

/**
 * The phone assistant's routes with its German fields ({@code datum}, {@code uhrzeit}, {@code dienstleistung},
 * {@code mitarbeiter_wunsch}, {@code name}, {@code telefonnummer}, {@code email}, {@code call_id},
 * {@code hold_token}). Every answer of the engine, including "not available" and "not understood", is a {@code 200}
 * (a booking {@code 201}) with a German {@code message} to read out; only a malformed request is a problem. Thread-safe.
 */
public final class PhoneRoutes {

    private final BookingEngine engine;
    private final PhoneTools tools;

    public PhoneRoutes(BookingEngine engine, Zones zones) {
        this.engine = engine;
        this.tools = new PhoneTools(engine, zones);
    }

    public void register(Router r) {
        r.post("/v1/voice/check-availability", "phoneCheckAvailability", Access.of(Permission.PHONE), ctx -> answer(ctx, engine.phone().checkAvailability(request(ctx))));
        r.post("/v1/voice/book", "phoneBook", Access.of(Permission.PHONE), ctx -> answer(ctx, engine.phone().book(request(ctx))));
    }

    private PhoneRequest request(Context ctx) {
        return PhoneTools.phoneRequest(RequestContext.tenant(ctx), RequestContext.json(ctx),
                RequestContext.correlationId(ctx));
    }

    private void answer(Context ctx, PhoneAnswer answer) {
        ObjectNode n = tools.view(RequestContext.tenant(ctx), answer);
        if (answer.status() == PhoneAnswer.Status.BOOKED) {
            answer.appointment().ifPresent(a -> ManageRoutes.attachLink(engine, n, a));
        }
        Router.json(ctx, answer.status() == PhoneAnswer.Status.BOOKED ? 201 : 200, n);
    }
}
