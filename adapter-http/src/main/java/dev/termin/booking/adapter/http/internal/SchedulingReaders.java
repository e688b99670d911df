package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.domain.calendar.StaffDateException;
import dev.termin.booking.domain.catalogue.TimeBlock;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ResourceNeed;
import dev.termin.booking.domain.catalogue.ResourceType;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.SchedulingSettings;
import dev.termin.booking.domain.catalogue.SchedulingSettings.BufferPlacement;
import dev.termin.booking.domain.catalogue.SlotGrid;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the scheduling model's JSON (a company's scheduling settings, resource needs, staff date exceptions, blocks,
 * resource types, a service's grid) into domain values; a malformed value becomes an {@link ApiProblem} naming the
 * field. Stateless, thread-safe.
 */
final class SchedulingReaders {

    private SchedulingReaders() {
    }

    /**
     * {@code scheduling}: {@code defaultBufferBeforeMinutes}, {@code defaultBufferAfterMinutes} (default 0),
     * {@code bufferPlacement} ({@code anywhere} or {@code working_time}) and {@code limits}.
     */
    static SchedulingSettings scheduling(JsonBody b) {
        BufferPlacement placement;
        String code = b.optText("bufferPlacement").orElse("anywhere");
        try {
            placement = BufferPlacement.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("'" + b.qualified("bufferPlacement") + "' must be anywhere or working_time.");
        }
        return new SchedulingSettings(minutes(b, "defaultBufferBeforeMinutes", 0),
                minutes(b, "defaultBufferAfterMinutes", 0), placement,
                b.optObject("limits").map(SchedulingReaders::limits).orElse(BookingLimits.NONE));
    }

    static BookingLimits limits(JsonBody b) {
        return new BookingLimits(b.optInteger("staffAppointmentsPerDay").map(v -> positive(b, "staffAppointmentsPerDay",
                        v)),
                b.optInteger("staffMinutesPerDay").map(v -> Duration.ofMinutes(positive(b, "staffMinutesPerDay", v))),
                b.optInteger("serviceAppointmentsPerDay").map(v -> positive(b, "serviceAppointmentsPerDay", v)),
                minutes(b, "minimumGapMinutes", 0));
    }

    private static int positive(JsonBody b, String field, long v) {
        if (v < 1 || v > 24 * 60) {
            throw ApiProblem.invalid("'" + b.qualified(field) + "' must be 1 to 1440.");
        }
        return (int) v;
    }

    private static Duration minutes(JsonBody b, String field, int fallback) {
        return Duration.ofMinutes(b.intIn(field, 0, 24 * 60, fallback));
    }

    /** {@code resources}: [{@code {type, units (default 1), segment (optional)}}]. */
    static List<ResourceNeed> needs(JsonBody b) {
        List<ResourceNeed> out = new ArrayList<>();
        for (JsonBody n : b.objects("resources")) {
            out.add(new ResourceNeed(ResourceTypeId.of(n.text("type")), n.intIn("units", 1, 1000, 1),
                    n.optText("segment")));
        }
        return out;
    }

    /** {@code grid}: {@code clock} (default) or {@code free_range}. */
    static SlotGrid grid(JsonBody b) {
        String code = b.optText("grid").orElse("clock");
        try {
            return SlotGrid.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("'" + b.qualified("grid") + "' must be clock or free_range.");
        }
    }

    /** {@code dateExceptions}: [{@code {date, mode (replace|add), windows, note}}]. */
    static List<StaffDateException> dateExceptions(JsonBody b) {
        List<StaffDateException> out = new ArrayList<>();
        for (JsonBody e : b.objects("dateExceptions")) {
            String mode = e.optText("mode").orElse("replace");
            StaffDateException.Mode m;
            try {
                m = StaffDateException.Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException x) {
                throw ApiProblem.invalid("'" + e.qualified("mode") + "' must be replace or add.");
            }
            out.add(new StaffDateException(Times.date(e.text("date"), e.qualified("date")), m,
                    Readers.windows(e, "windows"), e.optText("note").orElse("")));
        }
        return out;
    }

    /** A block: {@code {id, date, window ("14:00-16:00"), staff (optional list), name}} of {@code branch}. */
    static TimeBlock block(BranchId branch, String id, JsonBody b) {
        Set<StaffId> staff = new LinkedHashSet<>();
        b.texts("staff").forEach(s -> staff.add(StaffId.of(s)));
        return new TimeBlock(id, branch, Times.date(b.text("date"), "date"), Times.window(b.text("window"), "window"),
                staff, b.text("name"));
    }

    /** A resource type: {@code {name, count}} with the id from the path. */
    static ResourceType resourceType(TenantId tenant, BranchId branch, String id, JsonBody b) {
        if (!b.has("count")) {
            throw ApiProblem.missing("count");
        }
        return new ResourceType(ResourceTypeId.of(id), tenant, branch, b.optText("name").orElse(id),
                b.intIn("count", 1, 1000, 1));
    }

    static Optional<Integer> maxPerDay(JsonBody b) {
        return b.optInteger("maxPerDay").map(v -> positive(b, "maxPerDay", v));
    }
}
