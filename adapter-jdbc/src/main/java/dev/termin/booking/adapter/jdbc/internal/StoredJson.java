package dev.termin.booking.adapter.jdbc.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.termin.booking.application.port.out.StorageException;
import dev.termin.booking.domain.appointment.ExternalRef;
import dev.termin.booking.domain.calendar.DateOverride;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.calendar.TimeOff;
import dev.termin.booking.domain.catalogue.CompositeDefinition;
import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.ServiceStep;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.catalogue.NotificationSettings;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.policy.PolicyOverride;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON text stored for the nested parts of domain values (hours, segments, composite definitions,
 * policies). The stored shape is fixed by the private records here, not by the domain types, so a domain change
 * cannot silently change what is on disk; unknown properties are ignored when reading.
 */
final class StoredJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private StoredJson() {
    }

    // ---- stored shapes

    record Window(LocalTime start, LocalTime end) {
        static Window of(LocalTimeWindow w) {
            return new Window(w.start(), w.end());
        }

        LocalTimeWindow toDomain() {
            return new LocalTimeWindow(start, end);
        }
    }

    record DayOverride(LocalDate date, List<Window> windows, String note) {
    }

    record Hours(Map<DayOfWeek, List<Window>> weekly, List<DayOverride> overrides) {
    }

    record Absence(Instant start, Instant end, String reason) {
    }

    /** {@code staffCount} is absent (1) in rows written before several staff at once existed. */
    record Step(String type, String key, String name, Duration duration, List<String> qualifiedStaff,
            Integer staffCount) {
    }

    record Composite(String pausePolicy, List<Step> steps) {
    }

    record Overrides(Duration minimumNotice, Duration maximumAdvance, Duration cancellationDeadline,
            Duration rescheduleDeadline, Integer maxReschedules, Duration holdLifetime) {
    }

    record Policy(Duration minimumNotice, Duration maximumAdvance, Duration cancellationDeadline,
            Duration rescheduleDeadline, int maxReschedules, Duration holdLifetime, Duration waitlistOfferWindow,
            List<Duration> reminderOffsets) {
    }

    /** {@code together} is absent (nobody) in rows written before several staff at once existed. */
    record Segment(String key, String name, int index, int total, String staff, Instant start, Instant end,
            List<String> together) {
    }

    record Ref(String segmentKey, String externalId, Instant syncedStart) {
    }

    // ---- weekly hours and opening hours

    static String weeklyHours(WeeklyHours hours) {
        return write(weekly(hours));
    }

    static WeeklyHours weeklyHours(String json) {
        return weekly(read(json, new TypeReference<Map<DayOfWeek, List<Window>>>() { }));
    }

    static String openingHours(OpeningHours hours) {
        List<DayOverride> overrides = hours.overrides().values().stream()
                .map(o -> new DayOverride(o.date(), o.windows().stream().map(Window::of).toList(), o.note()))
                .toList();
        return write(new Hours(weekly(hours.weekly()), overrides));
    }

    static OpeningHours openingHours(String json) {
        Hours h = read(json, new TypeReference<Hours>() { });
        List<DateOverride> overrides = new ArrayList<>();
        for (DayOverride o : nonNull(h.overrides())) {
            overrides.add(new DateOverride(o.date(), windows(o.windows()), o.note()));
        }
        return OpeningHours.of(weekly(h.weekly()), overrides);
    }

    private static Map<DayOfWeek, List<Window>> weekly(WeeklyHours hours) {
        Map<DayOfWeek, List<Window>> out = new EnumMap<>(DayOfWeek.class);
        hours.days().forEach((day, windows) -> out.put(day, windows.stream().map(Window::of).toList()));
        return out;
    }

    private static WeeklyHours weekly(Map<DayOfWeek, List<Window>> stored) {
        Map<DayOfWeek, List<LocalTimeWindow>> days = new EnumMap<>(DayOfWeek.class);
        if (stored != null) {
            stored.forEach((day, windows) -> days.put(day, windows(windows)));
        }
        return new WeeklyHours(days);
    }

    private static List<LocalTimeWindow> windows(List<Window> stored) {
        return nonNull(stored).stream().map(Window::toDomain).toList();
    }

    static String windowList(List<LocalTimeWindow> windows) {
        return write(windows.stream().map(Window::of).toList());
    }

    static List<LocalTimeWindow> windowList(String json) {
        return windows(read(json, new TypeReference<List<Window>>() { }));
    }

    // ---- staff

    static String timeOff(List<TimeOff> timeOff) {
        return write(timeOff.stream()
                .map(t -> new Absence(t.period().start(), t.period().end(), t.reason())).toList());
    }

    static List<TimeOff> timeOff(String json) {
        return nonNull(read(json, new TypeReference<List<Absence>>() { })).stream()
                .map(a -> new TimeOff(new TimeInterval(a.start(), a.end()), a.reason())).toList();
    }

    /** A set or list of ids as a JSON array, sets sorted so that equal values are stored alike. */
    static <T> String ids(Collection<T> ids, Function<T, String> value) {
        List<String> out = ids.stream().map(value).toList();
        if (ids instanceof Set) {
            out = out.stream().sorted().toList();
        }
        return write(out);
    }

    static <T> List<T> ids(String json, Function<String, T> parse) {
        return nonNull(read(json, new TypeReference<List<String>>() { })).stream().map(parse).toList();
    }

    static String strings(List<String> values) {
        return write(values);
    }

    static List<String> strings(String json) {
        return List.copyOf(nonNull(read(json, new TypeReference<List<String>>() { })));
    }

    // ---- services and policies

    static String composite(CompositeDefinition definition) {
        List<Step> steps = new ArrayList<>();
        for (ServiceStep s : definition.steps()) {
            if (s instanceof ServiceStep.WorkSegment w) {
                steps.add(new Step("work", w.key(), w.name(), w.duration(),
                        w.qualifiedStaff().stream().map(StaffId::value).sorted().toList(), w.staffCount()));
            } else {
                steps.add(new Step("pause", null, null, s.duration(), null, null));
            }
        }
        return write(new Composite(definition.pausePolicy().code(), steps));
    }

    static CompositeDefinition composite(String json) {
        Composite c = read(json, new TypeReference<Composite>() { });
        List<ServiceStep> steps = new ArrayList<>();
        for (Step s : nonNull(c.steps())) {
            if ("pause".equals(s.type())) {
                steps.add(new ServiceStep.Pause(s.duration()));
            } else {
                steps.add(new ServiceStep.WorkSegment(s.key(), s.name(), s.duration(),
                        Set.copyOf(nonNull(s.qualifiedStaff()).stream().map(StaffId::new).toList()),
                        s.staffCount() == null ? 1 : s.staffCount()));
            }
        }
        return new CompositeDefinition(steps, PausePolicy.fromCode(c.pausePolicy()));
    }

    static String policyOverride(PolicyOverride o) {
        return write(new Overrides(o.minimumNotice().orElse(null), o.maximumAdvance().orElse(null),
                o.cancellationDeadline().orElse(null), o.rescheduleDeadline().orElse(null),
                o.maxReschedules().orElse(null), o.holdLifetime().orElse(null)));
    }

    static PolicyOverride policyOverride(String json) {
        Overrides o = read(json, new TypeReference<Overrides>() { });
        return new PolicyOverride(Optional.ofNullable(o.minimumNotice()), Optional.ofNullable(o.maximumAdvance()),
                Optional.ofNullable(o.cancellationDeadline()), Optional.ofNullable(o.rescheduleDeadline()),
                Optional.ofNullable(o.maxReschedules()), Optional.ofNullable(o.holdLifetime()));
    }

    record Notifications(String senderName, String replyTo, String language, String ownerEmail) {
    }

    static String notificationSettings(NotificationSettings n) {
        return write(new Notifications(n.senderName().orElse(null), n.replyTo().map(EmailAddress::value).orElse(null),
                n.language().orElse(null), n.ownerEmail().map(EmailAddress::value).orElse(null)));
    }

    /** Companies stored before notification settings existed have none ({@code null}). */
    static NotificationSettings notificationSettings(String json) {
        if (json == null) {
            return NotificationSettings.NONE;
        }
        Notifications n = read(json, new TypeReference<Notifications>() { });
        return new NotificationSettings(Optional.ofNullable(n.senderName()),
                Optional.ofNullable(n.replyTo()).map(EmailAddress::new), Optional.ofNullable(n.language()),
                Optional.ofNullable(n.ownerEmail()).map(EmailAddress::new));
    }

    static String bookingPolicy(BookingPolicy p) {
        return write(new Policy(p.minimumNotice(), p.maximumAdvance(), p.cancellationDeadline(),
                p.rescheduleDeadline(), p.maxReschedules(), p.holdLifetime(), p.waitlistOfferWindow(),
                p.reminderOffsets()));
    }

    static BookingPolicy bookingPolicy(String json) {
        Policy p = read(json, new TypeReference<Policy>() { });
        // policies stored before reminders existed have none recorded and get the default
        return new BookingPolicy(p.minimumNotice(), p.maximumAdvance(), p.cancellationDeadline(),
                p.rescheduleDeadline(), p.maxReschedules(), p.holdLifetime(), p.waitlistOfferWindow(),
                p.reminderOffsets() == null ? BookingPolicy.DEFAULT_REMINDERS : p.reminderOffsets());
    }

    // ---- appointments and holds

    static String segments(List<SegmentAssignment> segments) {
        return write(segments.stream().map(s -> new Segment(s.key(), s.name(), s.index(), s.total(),
                s.staff().value(), s.interval().start(), s.interval().end(),
                s.together().stream().map(StaffId::value).toList())).toList());
    }

    static List<SegmentAssignment> segments(String json) {
        return nonNull(read(json, new TypeReference<List<Segment>>() { })).stream()
                .map(s -> new SegmentAssignment(s.key(), s.name(), s.index(), s.total(), new StaffId(s.staff()),
                        new TimeInterval(s.start(), s.end()),
                        nonNull(s.together()).stream().map(StaffId::new).toList()))
                .toList();
    }

    static String externalRefs(List<ExternalRef> refs) {
        return write(refs.stream().map(r -> new Ref(r.segmentKey(), r.externalId(), r.syncedStart())).toList());
    }

    static List<ExternalRef> externalRefs(String json) {
        return nonNull(read(json, new TypeReference<List<Ref>>() { })).stream()
                .map(r -> new ExternalRef(r.segmentKey(), r.externalId(), r.syncedStart())).toList();
    }

    // ---- plumbing

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StorageException("stored JSON cannot be read as " + type.getType().getTypeName(), e);
        }
    }
}
