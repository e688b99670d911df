package dev.termin.booking.adapter.jdbc.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.termin.booking.adapter.jdbc.internal.StoredJson.Window;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.appointment.StatusChange;
import dev.termin.booking.domain.calendar.StaffDateException;
import dev.termin.booking.domain.catalogue.ResourceNeed;
import dev.termin.booking.domain.catalogue.ResourceTypeId;
import dev.termin.booking.domain.catalogue.SchedulingSettings;
import dev.termin.booking.domain.catalogue.SchedulingSettings.BufferPlacement;
import dev.termin.booking.domain.policy.BookingLimits;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON text stored for the scheduling model's nested values (staff date exceptions, a company's scheduling
 * settings, a service's resource needs, an appointment's attendance changes), in shapes fixed here as in
 * {@link StoredJson}. A missing value (null column) reads as the domain default.
 */
final class SchedulingJson {

    record DateException(LocalDate date, String mode, List<Window> windows, String note) {
    }

    record Scheduling(Duration defaultBufferBefore, Duration defaultBufferAfter, String bufferPlacement,
            Integer staffAppointmentsPerDay, Duration staffMinutesPerDay, Integer serviceAppointmentsPerDay,
            Duration minimumGap) {
    }

    record Need(String type, int units, String segment) {
    }

    record Change(String status, String by, Instant at) {
    }

    private SchedulingJson() {
    }

    static String dateExceptions(List<StaffDateException> exceptions) {
        return StoredJson.write(exceptions.stream().map(e -> new DateException(e.date(), e.mode().code(),
                e.windows().stream().map(Window::of).toList(), e.note())).toList());
    }

    static List<StaffDateException> dateExceptions(String json) {
        return StoredJson.nonNull(StoredJson.read(json, new TypeReference<List<DateException>>() { })).stream()
                .map(e -> new StaffDateException(e.date(), StaffDateException.Mode.valueOf(
                        e.mode().toUpperCase(Locale.ROOT)), StoredJson.nonNull(e.windows()).stream()
                        .map(Window::toDomain).toList(), e.note()))
                .toList();
    }

    static String scheduling(SchedulingSettings s) {
        BookingLimits l = s.limits();
        return StoredJson.write(new Scheduling(s.defaultBufferBefore(), s.defaultBufferAfter(),
                s.bufferPlacement().code(), l.staffAppointmentsPerDay().orElse(null),
                l.staffMinutesPerDay().orElse(null), l.serviceAppointmentsPerDay().orElse(null), l.minimumGap()));
    }

    static SchedulingSettings scheduling(String json) {
        if (json == null) {
            return SchedulingSettings.DEFAULTS;
        }
        Scheduling s = StoredJson.read(json, new TypeReference<Scheduling>() { });
        return new SchedulingSettings(s.defaultBufferBefore(), s.defaultBufferAfter(),
                BufferPlacement.fromCode(s.bufferPlacement()), new BookingLimits(
                        Optional.ofNullable(s.staffAppointmentsPerDay()), Optional.ofNullable(s.staffMinutesPerDay()),
                        Optional.ofNullable(s.serviceAppointmentsPerDay()), s.minimumGap()));
    }

    static String needs(List<ResourceNeed> needs) {
        return StoredJson.write(needs.stream().map(n -> new Need(n.type().value(), n.units(),
                n.segment().orElse(null))).toList());
    }

    static List<ResourceNeed> needs(String json) {
        return StoredJson.nonNull(StoredJson.read(json, new TypeReference<List<Need>>() { })).stream()
                .map(n -> new ResourceNeed(ResourceTypeId.of(n.type()), n.units(), Optional.ofNullable(n.segment())))
                .toList();
    }

    static String statusChanges(List<StatusChange> changes) {
        return StoredJson.write(changes.stream().map(c -> new Change(c.status().code(), c.by(), c.at())).toList());
    }

    static List<StatusChange> statusChanges(String json) {
        return StoredJson.nonNull(StoredJson.read(json, new TypeReference<List<Change>>() { })).stream()
                .map(c -> new StatusChange(AppointmentStatus.fromCode(c.status()), c.by(), c.at())).toList();
    }
}
