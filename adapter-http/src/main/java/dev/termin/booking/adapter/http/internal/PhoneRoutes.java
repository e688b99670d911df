package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.domain.access.Permission;
import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.PhoneAnswer;
import dev.termin.booking.application.port.in.PhoneRequest;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.appointment.HoldToken;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The phone assistant's routes with its German fields ({@code datum}, {@code uhrzeit}, {@code dienstleistung},
 * {@code mitarbeiter_wunsch}, {@code name}, {@code telefonnummer}, {@code email}, {@code call_id},
 * {@code hold_token}). Every answer of the engine, including "not available" and "not understood", is a {@code 200}
 * (a booking {@code 201}) with a German {@code message} to read out; only a malformed request is a problem. Thread-safe.
 */
public final class PhoneRoutes {

    private final BookingEngine engine;
    private final Zones zones;

    public PhoneRoutes(BookingEngine engine, Zones zones) {
        this.engine = engine;
        this.zones = zones;
    }

    public void register(Router r) {
        r.post("/v1/voice/check-availability", "phoneCheckAvailability", Access.of(Permission.PHONE), ctx -> answer(ctx, engine.phone().checkAvailability(request(ctx))));
        r.post("/v1/voice/book", "phoneBook", Access.of(Permission.PHONE), ctx -> answer(ctx, engine.phone().book(request(ctx))));
    }

    private PhoneRequest request(Context ctx) {
        TenantId tenant = RequestContext.tenant(ctx);
        JsonBody b = RequestContext.json(ctx);
        Optional<BranchId> branch = b.optText("branch").map(x -> Readers.parse("branch", () -> BranchId.of(x)));
        Optional<HoldToken> token = b.optText("hold_token").filter(t -> !t.isBlank()).map(t -> {
            try {
                return HoldToken.parse(t.strip());
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("'hold_token' must be the token the availability check returned.");
            }
        });
        String callId = b.text("call_id");
        return Readers.parse("phone request", () -> new PhoneRequest(tenant, branch, callId,
                b.optText("datum").orElse(""), b.optText("uhrzeit").orElse(""),
                b.optText("dienstleistung").orElse(""), b.optText("mitarbeiter_wunsch").orElse(""),
                b.optText("name").orElse(""), b.optText("telefonnummer").orElse(""), b.optText("email").orElse(""),
                token, RequestContext.correlationId(ctx)));
    }

    private void answer(Context ctx, PhoneAnswer answer) {
        TenantId tenant = RequestContext.tenant(ctx);
        ZoneId zone = answer.hold().map(h -> zones.zone(tenant, h.branch()))
                .or(() -> answer.appointment().map(a -> zones.zone(tenant, a.branch())))
                .orElseGet(() -> {
                    List<dev.termin.booking.domain.catalogue.Branch> all = engine.catalogue().branches(tenant);
                    return all.isEmpty() ? ZoneOffset.UTC : all.get(0).zone();
                });
        ObjectNode n = Views.phone(answer, zone);
        if (answer.status() == PhoneAnswer.Status.BOOKED) {
            answer.appointment().ifPresent(a -> ManageRoutes.attachLink(engine, n, a));
        }
        Router.json(ctx, answer.status() == PhoneAnswer.Status.BOOKED ? 201 : 200, n);
    }
}
