package dev.termin.booking.adapter.http.internal;

// Longer than most files here: every JSON shape the API answers with, in one place, so that a resource has the
// same field names on every route.

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.port.in.PhoneAnswer;
import dev.termin.booking.application.port.out.FlowEvent;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.calendar.DateOverride;
import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.calendar.TimeOff;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.CompositeDefinition;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceStep;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.metrics.DurationStats;
import dev.termin.booking.domain.metrics.ReservationMetrics;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.policy.PolicyOverride;
import dev.termin.booking.domain.result.Warning;
import dev.termin.booking.domain.slot.Explanation;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.Reason;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.slot.Slot;
import dev.termin.booking.domain.sync.SyncAlert;
import dev.termin.booking.domain.sync.SyncHealthReport;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.WeeklyHours;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Turns domain values into the JSON the API returns: ids as strings, enums as lowercase codes, durations as ISO-8601,
 * instants in the branch's offset next to UTC ({@code start} and {@code startUtc}). Stateless, thread-safe.
 */
public final class Views {

    private Views() {
    }

    // ---- catalogue ----

    public static ObjectNode company(Company c) {
        ObjectNode n = ApiJson.object();
        n.put("id", c.id().value());
        n.put("name", c.name());
        n.set("policy", policy(c.policy()));
        n.set("scheduling", SchedulingViews.scheduling(c.scheduling()));
        ObjectNode m = n.putObject("notifications");
        c.notifications().senderName().ifPresent(v -> m.put("senderName", v));
        c.notifications().replyTo().ifPresent(v -> m.put("replyTo", v.value()));
        c.notifications().language().ifPresent(v -> m.put("language", v));
        c.notifications().ownerEmail().ifPresent(v -> m.put("ownerEmail", v.value()));
        return n;
    }

    public static ObjectNode policy(BookingPolicy p) {
        ObjectNode n = ApiJson.object();
        n.put("minimumNotice", p.minimumNotice().toString());
        n.put("maximumAdvance", p.maximumAdvance().toString());
        n.put("cancellationDeadline", p.cancellationDeadline().toString());
        n.put("rescheduleDeadline", p.rescheduleDeadline().toString());
        n.put("maxReschedules", p.maxReschedules());
        n.put("holdLifetime", p.holdLifetime().toString());
        n.put("waitlistOfferWindow", p.waitlistOfferWindow().toString());
        var reminders = n.putArray("reminderOffsets");
        p.reminderOffsets().forEach(o -> reminders.add(o.toString()));
        return n;
    }

    public static ObjectNode policyOverride(PolicyOverride p) {
        ObjectNode n = ApiJson.object();
        p.minimumNotice().ifPresent(d -> n.put("minimumNotice", d.toString()));
        p.maximumAdvance().ifPresent(d -> n.put("maximumAdvance", d.toString()));
        p.cancellationDeadline().ifPresent(d -> n.put("cancellationDeadline", d.toString()));
        p.rescheduleDeadline().ifPresent(d -> n.put("rescheduleDeadline", d.toString()));
        p.maxReschedules().ifPresent(v -> n.put("maxReschedules", v));
        p.holdLifetime().ifPresent(d -> n.put("holdLifetime", d.toString()));
        return n;
    }

    public static ObjectNode branch(Branch b) {
        ObjectNode n = ApiJson.object();
        n.put("id", b.id().value());
        n.put("name", b.name());
        n.put("timeZone", b.zone().getId());
        n.set("openingHours", openingHours(b.openingHours()));
        n.put("active", b.active());
        return n;
    }

    public static ObjectNode openingHours(OpeningHours h) {
        ObjectNode n = ApiJson.object();
        n.set("weekly", weekly(h.weekly()));
        ArrayNode overrides = n.putArray("overrides");
        for (DateOverride o : h.overrides().values()) {
            ObjectNode on = overrides.addObject();
            on.put("date", o.date().toString());
            ArrayNode w = on.putArray("windows");
            o.windows().forEach(x -> w.add(Times.window(x)));
            on.put("note", o.note());
        }
        return n;
    }

    public static ObjectNode weekly(WeeklyHours h) {
        ObjectNode n = ApiJson.object();
        for (DayOfWeek d : DayOfWeek.values()) {
            List<LocalTimeWindow> windows = h.windowsOn(d);
            if (!windows.isEmpty()) {
                ArrayNode a = n.putArray(d.name().toLowerCase(Locale.ROOT));
                windows.forEach(w -> a.add(Times.window(w)));
            }
        }
        return n;
    }

    public static ObjectNode staff(Staff s, ZoneId zone) {
        ObjectNode n = ApiJson.object();
        n.put("id", s.id().value());
        n.put("branch", s.branch().value());
        n.put("name", s.name());
        strings(n.putArray("aliases"), s.aliases());
        strings(n.putArray("services"), s.services().stream().map(Object::toString).sorted().toList());
        n.set("workingHours", weekly(s.workingHours()));
        n.set("breaks", weekly(s.breaks()));
        ArrayNode off = n.putArray("timeOff");
        for (TimeOff t : s.timeOff()) {
            ObjectNode o = off.addObject();
            Times.put(o, "start", t.period().start(), zone);
            Times.put(o, "end", t.period().end(), zone);
            o.put("reason", t.reason());
        }
        n.set("dateExceptions", SchedulingViews.dateExceptions(s.dateExceptions()));
        n.put("active", s.active());
        return n;
    }

    public static ObjectNode service(Service s) {
        ObjectNode n = ApiJson.object();
        n.put("id", s.id().value());
        n.put("name", s.name());
        strings(n.putArray("aliases"), s.aliases());
        n.put("durationMinutes", s.duration().toMinutes());
        ObjectNode price = n.putObject("price");
        price.put("minorUnits", s.price().minorUnits());
        price.put("currency", s.price().currency());
        n.put("bufferBeforeMinutes", s.bufferBefore().toMinutes());
        n.put("bufferAfterMinutes", s.bufferAfter().toMinutes());
        n.put("slotIntervalMinutes", s.slotInterval().toMinutes());
        if (s.composite().isPresent()) {
            n.set("composite", composite(s.composite().get()));
        }
        if (!s.policy().isEmpty()) {
            n.set("policy", policyOverride(s.policy()));
        }
        n.set("resources", SchedulingViews.needs(s.resources()));
        n.put("staffCount", s.staffCount());
        n.put("grid", s.grid().code());
        s.maxPerDay().ifPresent(m -> n.put("maxPerDay", m));
        n.put("active", s.active());
        return n;
    }

    static ObjectNode composite(CompositeDefinition c) {
        ObjectNode n = ApiJson.object();
        n.put("pausePolicy", c.pausePolicy().code());
        ArrayNode steps = n.putArray("steps");
        for (ServiceStep step : c.steps()) {
            ObjectNode s = steps.addObject();
            if (step instanceof ServiceStep.WorkSegment w) {
                s.put("type", "work");
                s.put("key", w.key());
                s.put("name", w.name());
                s.put("minutes", w.duration().toMinutes());
                strings(s.putArray("qualifiedStaff"), w.qualifiedStaff().stream().map(Object::toString).sorted()
                        .toList());
                s.put("staffCount", w.staffCount());
            } else {
                s.put("type", "pause");
                s.put("minutes", step.duration().toMinutes());
            }
        }
        return n;
    }

    public static ObjectNode holiday(Holiday h) {
        ObjectNode n = ApiJson.object();
        n.put("id", h.id().value());
        h.branch().ifPresentOrElse(b -> n.put("branch", b.value()), () -> n.putNull("branch"));
        n.put("name", h.name());
        n.put("type", h.type().code());
        n.put("firstDay", h.firstDay().toString());
        n.put("lastDay", h.lastDay().toString());
        n.put("recurringYearly", h.recurringYearly());
        strings(n.putArray("staff"), h.staff().stream().map(Object::toString).sorted().toList());
        return n;
    }

    // ---- availability ----

    public static ObjectNode slot(Slot s, ZoneId zone) {
        ObjectNode n = ApiJson.object();
        Times.put(n, "start", s.start(), zone);
        Times.put(n, "end", s.end(), zone);
        n.put("staff", s.staff().value());
        n.set("segments", segments(s.segments(), zone));
        n.set("resources", SchedulingViews.resources(s.resources(), zone));
        return n;
    }

    public static ArrayNode slots(Collection<Slot> slots, ZoneId zone) {
        ArrayNode a = ApiJson.array();
        slots.forEach(s -> a.add(slot(s, zone)));
        return a;
    }

    static ArrayNode segments(List<SegmentAssignment> segments, ZoneId zone) {
        ArrayNode a = ApiJson.array();
        for (SegmentAssignment s : segments) {
            ObjectNode n = a.addObject();
            n.put("key", s.key());
            n.put("name", s.name());
            n.put("index", s.index());
            n.put("total", s.total());
            n.put("label", s.label());
            n.put("staff", s.staff().value());
            strings(n.putArray("together"), s.together().stream().map(Object::toString).toList());
            Times.put(n, "start", s.interval().start(), zone);
            Times.put(n, "end", s.interval().end(), zone);
        }
        return a;
    }

    static ArrayNode occupancies(List<Occupancy> occupancies, ZoneId zone) {
        ArrayNode a = ApiJson.array();
        for (Occupancy o : occupancies) {
            ObjectNode n = a.addObject();
            n.put("staff", o.staff().value());
            n.put("kind", o.kind().code());
            Times.put(n, "start", o.interval().start(), zone);
            Times.put(n, "end", o.interval().end(), zone);
        }
        return a;
    }

    public static ObjectNode explanation(Explanation e, ZoneId zone) {
        ObjectNode n = ApiJson.object();
        Times.put(n, "start", e.start(), zone);
        n.put("bookable", e.bookable());
        e.slot().ifPresent(s -> n.set("slot", slot(s, zone)));
        ArrayNode reasons = n.putArray("reasons");
        for (Reason r : e.reasons()) {
            ObjectNode rn = reasons.addObject();
            rn.put("code", r.code().code());
            rn.put("message", r.message());
            r.staff().ifPresentOrElse(s -> rn.put("staff", s.value()), () -> rn.putNull("staff"));
            r.reference().ifPresentOrElse(ref -> rn.put("reference", ref), () -> rn.putNull("reference"));
        }
        return n;
    }

    // ---- bookings ----

    public static ObjectNode hold(Hold h, ZoneId zone) {
        ObjectNode n = ApiJson.object();
        n.put("token", h.token().toString());
        n.put("owner", h.owner());
        n.put("branch", h.branch().value());
        n.put("service", h.service().value());
        n.put("staff", h.staff().value());
        Times.put(n, "start", h.interval().start(), zone);
        Times.put(n, "end", h.interval().end(), zone);
        n.set("segments", segments(h.segments(), zone));
        n.set("resources", SchedulingViews.resources(h.resources(), zone));
        Times.put(n, "createdAt", h.createdAt(), zone);
        Times.put(n, "expiresAt", h.expiresAt(), zone);
        n.put("status", h.status().code());
        h.convertedTo().ifPresent(a -> n.put("appointment", a.value()));
        h.cancelReason().ifPresent(r -> n.put("cancelReason", r));
        return n;
    }

    public static ObjectNode appointment(Appointment a, ZoneId zone) {
        ObjectNode n = ApiJson.object();
        n.put("id", a.id().value());
        n.put("branch", a.branch().value());
        n.put("service", a.service().value());
        n.put("staff", a.staff().value());
        Times.put(n, "start", a.interval().start(), zone);
        Times.put(n, "end", a.interval().end(), zone);
        n.set("segments", segments(a.segments(), zone));
        n.set("occupancies", occupancies(a.occupancies(), zone));
        n.set("resources", SchedulingViews.resources(a.resources(), zone));
        n.set("customer", customer(a.customer()));
        n.put("notes", a.notes());
        n.put("status", a.status().code());
        n.set("statusChanges", SchedulingViews.statusChanges(a.statusChanges(), zone));
        n.put("source", a.source().code());
        n.put("external", a.source() == Source.CALCOM);
        ObjectNode sync = n.putObject("sync");
        sync.put("status", a.sync().status().code());
        sync.put("attempts", a.sync().attempts());
        a.sync().lastError().ifPresent(e -> sync.put("lastError", e));
        sync.put("manualReview", a.sync().manualReview());
        a.compositeGroupId().ifPresent(g -> n.put("compositeGroupId", g));
        n.put("rescheduleCount", a.rescheduleCount());
        n.put("correlationId", a.correlationId());
        a.fromHold().ifPresent(t -> n.put("fromHold", t.toString()));
        Times.put(n, "createdAt", a.createdAt(), zone);
        Times.put(n, "updatedAt", a.updatedAt(), zone);
        a.cancellationReason().ifPresent(r -> n.put("cancellationReason", r));
        return n;
    }

    static ObjectNode customer(Customer c) {
        ObjectNode n = ApiJson.object();
        n.put("name", c.name());
        c.phone().ifPresentOrElse(p -> n.put("phone", p.e164()), () -> n.putNull("phone"));
        c.email().ifPresentOrElse(e -> n.put("email", e.value()), () -> n.putNull("email"));
        return n;
    }

    public static ArrayNode warnings(List<Warning> warnings) {
        ArrayNode a = ApiJson.array();
        for (Warning w : warnings) {
            ObjectNode n = a.addObject();
            n.put("code", w.code());
            n.put("message", w.message());
        }
        return a;
    }

    public static ObjectNode waitlist(WaitlistEntry e, ZoneId zone) {
        ObjectNode n = ApiJson.object();
        n.put("id", e.id().value());
        n.put("branch", e.branch().value());
        n.put("service", e.service().value());
        e.staff().ifPresentOrElse(s -> n.put("staff", s.value()), () -> n.putNull("staff"));
        n.set("customer", customer(e.customer()));
        n.put("firstDay", e.firstDay().toString());
        n.put("lastDay", e.lastDay().toString());
        strings(n.putArray("weekdays"), e.weekdays().stream().sorted().map(d -> d.name().toLowerCase(Locale.ROOT))
                .toList());
        strings(n.putArray("times"), e.times().stream().map(Times::window).toList());
        n.put("priority", e.priority());
        n.put("anyStaff", e.flexibility().anyStaff());
        n.put("compatibleService", e.flexibility().compatibleService());
        Times.put(n, "createdAt", e.createdAt(), zone);
        n.put("status", e.status().code());
        e.offeredSlot().ifPresent(s -> {
            ObjectNode o = n.putObject("offeredSlot");
            Times.put(o, "start", s.start(), zone);
            Times.put(o, "end", s.end(), zone);
        });
        e.offeredAt().ifPresent(at -> Times.put(n, "offeredAt", at, zone));
        return n;
    }

    public static ArrayNode flow(List<FlowEvent> events, ZoneId zone) {
        ArrayNode a = ApiJson.array();
        for (FlowEvent e : events) {
            ObjectNode n = a.addObject();
            Times.put(n, "at", e.at(), zone);
            n.put("step", e.step());
            n.put("detail", e.detail());
        }
        return a;
    }

    // ---- phone ----

    public static ObjectNode phone(PhoneAnswer answer, ZoneId zone) {
        ObjectNode n = ApiJson.object();
        n.put("status", answer.status().name().toLowerCase(Locale.ROOT));
        answer.code().ifPresentOrElse(c -> n.put("code", c.code()), () -> n.putNull("code"));
        n.put("message", answer.sentence());
        answer.hold().ifPresentOrElse(h -> {
            n.put("holdToken", h.token().toString());
            Times.put(n, "expiresAt", h.expiresAt(), zone);
            n.set("hold", hold(h, zone));
        }, () -> n.putNull("holdToken"));
        answer.appointment().ifPresentOrElse(a -> n.set("appointment", appointment(a, zone)),
                () -> n.putNull("appointment"));
        n.set("alternatives", slots(answer.alternatives(), zone));
        return n;
    }

    // ---- operations ----

    public static ObjectNode syncHealth(SyncHealthReport r) {
        ObjectNode n = ApiJson.object();
        n.put("evaluatedAt", Times.utc(r.evaluatedAt()));
        n.put("window", r.window().toString());
        n.put("status", r.status().code());
        n.put("successRate", r.successRate());
        n.put("circuit", r.circuit().code());
        ObjectNode c = n.putObject("counts");
        c.put("syncedInWindow", r.counts().syncedInWindow());
        c.put("failedInWindow", r.counts().failedInWindow());
        c.put("pending", r.counts().pending());
        c.put("stalePending", r.counts().stalePending());
        c.put("failed", r.counts().failed());
        c.put("ancientFailed", r.counts().ancientFailed());
        c.put("manualReview", r.counts().manualReview());
        ArrayNode alerts = n.putArray("alerts");
        for (SyncAlert a : r.alerts()) {
            ObjectNode an = alerts.addObject();
            an.put("severity", a.severity().code());
            an.put("code", a.code());
            an.put("message", a.message());
            an.put("suggestedAction", a.suggestedAction());
            strings(an.putArray("appointmentIds"), a.appointmentIds());
            an.put("totalAppointments", a.totalAppointments());
        }
        return n;
    }

    public static ObjectNode reservationMetrics(ReservationMetrics m, Duration window) {
        ObjectNode n = ApiJson.object();
        n.put("window", window.toString());
        n.put("created", m.created());
        n.put("createdCompound", m.createdCompound());
        n.put("converted", m.converted());
        n.put("convertedCompound", m.convertedCompound());
        n.put("expired", m.expired());
        n.put("cancelled", m.cancelled());
        n.put("errors", m.errors());
        n.put("active", m.active());
        n.put("conversionRate", m.conversionRate());
        n.put("completionRate", m.completionRate());
        n.put("activeRate", m.activeRate());
        n.set("timeToConversion", stats(m.timeToConversion()));
        n.set("lifetime", stats(m.lifetime()));
        return n;
    }

    static ObjectNode stats(DurationStats s) {
        ObjectNode n = ApiJson.object();
        n.put("count", s.count());
        n.put("min", s.min().toString());
        n.put("mean", s.mean().toString());
        n.put("p50", s.p50().toString());
        n.put("p90", s.p90().toString());
        n.put("p99", s.p99().toString());
        n.put("max", s.max().toString());
        return n;
    }

    static void strings(ArrayNode a, Collection<String> values) {
        values.forEach(a::add);
    }
}
