package dev.termin.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.domain.appointment.StatusChange;
import dev.termin.booking.domain.calendar.StaffDateException;
import dev.termin.booking.domain.catalogue.TimeBlock;
import dev.termin.booking.domain.catalogue.ResourceNeed;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.SchedulingSettings;
import dev.termin.booking.domain.policy.BookingLimits;
import dev.termin.booking.domain.slot.ResourceOccupancy;
import java.time.ZoneId;
import java.util.List;

/** JSON views of the scheduling model, in the shapes {@link SchedulingReaders} reads. Stateless, thread-safe. */
final class SchedulingViews {

    private SchedulingViews() {
    }

    static ObjectNode scheduling(SchedulingSettings s) {
        ObjectNode n = ApiJson.object();
        n.put("defaultBufferBeforeMinutes", s.defaultBufferBefore().toMinutes());
        n.put("defaultBufferAfterMinutes", s.defaultBufferAfter().toMinutes());
        n.put("bufferPlacement", s.bufferPlacement().code());
        BookingLimits l = s.limits();
        ObjectNode limits = n.putObject("limits");
        l.staffAppointmentsPerDay().ifPresent(v -> limits.put("staffAppointmentsPerDay", v));
        l.staffMinutesPerDay().ifPresent(v -> limits.put("staffMinutesPerDay", v.toMinutes()));
        l.serviceAppointmentsPerDay().ifPresent(v -> limits.put("serviceAppointmentsPerDay", v));
        limits.put("minimumGapMinutes", l.minimumGap().toMinutes());
        return n;
    }

    static ArrayNode needs(List<ResourceNeed> needs) {
        ArrayNode a = ApiJson.array();
        for (ResourceNeed need : needs) {
            ObjectNode n = a.addObject();
            n.put("type", need.type().value());
            n.put("units", need.units());
            need.segment().ifPresent(k -> n.put("segment", k));
        }
        return a;
    }

    static ArrayNode dateExceptions(List<StaffDateException> exceptions) {
        ArrayNode a = ApiJson.array();
        for (StaffDateException e : exceptions) {
            ObjectNode n = a.addObject();
            n.put("date", e.date().toString());
            n.put("mode", e.mode().code());
            ArrayNode w = n.putArray("windows");
            e.windows().forEach(x -> w.add(Times.window(x)));
            n.put("note", e.note());
        }
        return a;
    }

    static ObjectNode block(TimeBlock b) {
        ObjectNode n = ApiJson.object();
        n.put("id", b.id());
        n.put("branch", b.branch().value());
        n.put("date", b.date().toString());
        n.put("window", Times.window(b.window()));
        Views.strings(n.putArray("staff"), b.staff().stream().map(Object::toString).sorted().toList());
        n.put("name", b.name());
        return n;
    }

    static ObjectNode resourceType(ResourceType t) {
        ObjectNode n = ApiJson.object();
        n.put("id", t.id().value());
        n.put("branch", t.branch().value());
        n.put("name", t.name());
        n.put("count", t.count());
        return n;
    }

    static ArrayNode resources(List<ResourceOccupancy> resources, ZoneId zone) {
        ArrayNode a = ApiJson.array();
        for (ResourceOccupancy r : resources) {
            ObjectNode n = a.addObject();
            n.put("type", r.type().value());
            n.put("units", r.units());
            Times.put(n, "start", r.interval().start(), zone);
            Times.put(n, "end", r.interval().end(), zone);
        }
        return a;
    }

    static ArrayNode statusChanges(List<StatusChange> changes, ZoneId zone) {
        ArrayNode a = ApiJson.array();
        for (StatusChange c : changes) {
            ObjectNode n = a.addObject();
            n.put("status", c.status().code());
            n.put("by", c.by());
            Times.put(n, "at", c.at(), zone);
        }
        return a;
    }
}
