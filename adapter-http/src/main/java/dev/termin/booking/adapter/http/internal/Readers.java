package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.calendar.DateOverride;
import dev.termin.booking.domain.catalogue.Holiday;
import dev.termin.booking.domain.catalogue.HolidayId;
import dev.termin.booking.domain.catalogue.HolidayType;
import dev.termin.booking.domain.calendar.OpeningHours;
import dev.termin.booking.domain.calendar.TimeOff;
import dev.termin.booking.domain.catalogue.Branch;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.Company;
import dev.termin.booking.domain.catalogue.NotificationSettings;
import dev.termin.booking.domain.catalogue.CompositeDefinition;
import dev.termin.booking.domain.catalogue.Money;
import dev.termin.booking.domain.catalogue.PausePolicy;
import dev.termin.booking.domain.catalogue.SchedulingSettings;
import dev.termin.booking.domain.catalogue.Service;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.ServiceStep;
import dev.termin.booking.domain.catalogue.Staff;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.policy.BookingPolicy;
import dev.termin.booking.domain.policy.PolicyOverride;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the catalogue and customer JSON of the API into domain values; every malformed value becomes an
 * {@link ApiProblem} naming the field. The tenant always comes from the API key, never from the body. Stateless,
 * thread-safe.
 */
public final class Readers {

    private Readers() {
    }

    /** The id from the path, or from the body on create; a body id that contradicts the path is refused. */
    public static String id(JsonBody body, Optional<String> pathId) {
        Optional<String> bodyId = body.optText("id");
        if (pathId.isPresent()) {
            if (bodyId.isPresent() && !bodyId.get().equals(pathId.get())) {
                throw ApiProblem.invalid("'id' in the body (" + bodyId.get() + ") differs from the path ("
                        + pathId.get() + ").");
            }
            return pathId.get();
        }
        return bodyId.orElseThrow(() -> ApiProblem.missing("id"));
    }

    public static <T> T parse(String what, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            throw ApiProblem.invalid(what + ": " + e.getMessage());
        }
    }

    public static Company company(TenantId tenant, JsonBody b) {
        BookingPolicy policy = b.optObject("policy").map(Readers::policy).orElse(BookingPolicy.DEFAULTS);
        return new Company(tenant, b.text("name"), policy, b.optObject("scheduling")
                .map(SchedulingReaders::scheduling).orElse(SchedulingSettings.DEFAULTS), b.optObject("notifications")
                .map(Readers::notificationSettings).orElse(NotificationSettings.NONE));
    }

    static NotificationSettings notificationSettings(JsonBody b) {
        return new NotificationSettings(b.optText("senderName"),
                b.optText("replyTo").map(a -> parse("replyTo", () -> new EmailAddress(a))),
                b.optText("language"),
                b.optText("ownerEmail").map(a -> parse("ownerEmail", () -> new EmailAddress(a))));
    }

    static BookingPolicy policy(JsonBody b) {
        BookingPolicy d = BookingPolicy.DEFAULTS;
        return new BookingPolicy(
                dur(b, "minimumNotice").orElse(d.minimumNotice()),
                dur(b, "maximumAdvance").orElse(d.maximumAdvance()),
                dur(b, "cancellationDeadline").orElse(d.cancellationDeadline()),
                dur(b, "rescheduleDeadline").orElse(d.rescheduleDeadline()),
                b.intIn("maxReschedules", 0, 1000, d.maxReschedules()),
                dur(b, "holdLifetime").orElse(d.holdLifetime()),
                dur(b, "waitlistOfferWindow").orElse(d.waitlistOfferWindow()),
                b.has("reminderOffsets") ? b.texts("reminderOffsets").stream()
                        .map(t -> Times.duration(t, b.qualified("reminderOffsets"))).toList()
                        : d.reminderOffsets());
    }

    static PolicyOverride policyOverride(JsonBody b) {
        return new PolicyOverride(dur(b, "minimumNotice"), dur(b, "maximumAdvance"), dur(b, "cancellationDeadline"),
                dur(b, "rescheduleDeadline"), b.optInteger("maxReschedules").map(v -> {
                    if (v < 0 || v > 1000) {
                        throw ApiProblem.invalid("'" + b.qualified("maxReschedules") + "' must be 0 to 1000.");
                    }
                    return v.intValue();
                }), dur(b, "holdLifetime"));
    }

    private static Optional<Duration> dur(JsonBody b, String field) {
        return b.optText(field).map(t -> Times.duration(t, b.qualified(field)));
    }

    public static Branch branch(TenantId tenant, String id, JsonBody b) {
        ZoneId zone;
        String zoneText = b.text("timeZone");
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw ApiProblem.invalid("'timeZone' is not a known time zone such as Europe/Berlin: " + zoneText);
        }
        OpeningHours hours = b.optObject("openingHours").map(Readers::openingHours)
                .orElse(OpeningHours.weekly(WeeklyHours.none()));
        return new Branch(BranchId.of(id), tenant, b.text("name"), zone, hours, b.bool("active", true));
    }

    static OpeningHours openingHours(JsonBody b) {
        WeeklyHours weekly = b.optObject("weekly").map(Readers::weekly).orElse(WeeklyHours.none());
        List<DateOverride> overrides = new ArrayList<>();
        for (JsonBody o : b.objects("overrides")) {
            overrides.add(DateOverride.merging(Times.date(o.text("date"), o.qualified("date")),
                    windows(o, "windows"), o.optText("note").orElse("")));
        }
        return OpeningHours.of(weekly, overrides);
    }

    static WeeklyHours weekly(JsonBody b) {
        Map<DayOfWeek, List<LocalTimeWindow>> days = new EnumMap<>(DayOfWeek.class);
        for (String name : b.fieldNames()) {
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("'" + b.qualified(name) + "' is not a weekday (monday … sunday).");
            }
            days.put(day, windows(b, name));
        }
        // overlapping windows of a day are merged (09:00-13:00 and 12:00-18:00 become 09:00-18:00)
        return WeeklyHours.merging(days);
    }

    static List<LocalTimeWindow> windows(JsonBody b, String field) {
        List<LocalTimeWindow> out = new ArrayList<>();
        for (String w : b.texts(field)) {
            out.add(Times.window(w, b.qualified(field)));
        }
        return out;
    }

    public static Staff staff(TenantId tenant, String id, JsonBody b, ZoneId zone) {
        List<TimeOff> timeOff = new ArrayList<>();
        for (JsonBody t : b.objects("timeOff")) {
            timeOff.add(new TimeOff(new TimeInterval(Times.instant(t.text("start"), zone, t.qualified("start")),
                    Times.instant(t.text("end"), zone, t.qualified("end"))), t.optText("reason").orElse("")));
        }
        Set<ServiceId> services = new LinkedHashSet<>();
        b.texts("services").forEach(s -> services.add(ServiceId.of(s)));
        return new Staff(StaffId.of(id), tenant, BranchId.of(b.text("branch")), b.text("name"), b.texts("aliases"),
                services, b.optObject("workingHours").map(Readers::weekly).orElse(WeeklyHours.none()),
                b.optObject("breaks").map(Readers::weekly).orElse(WeeklyHours.none()), timeOff,
                b.bool("active", true), SchedulingReaders.dateExceptions(b));
    }

    /**
     * A service; buffers left out are the company's default buffers ({@code scheduling}), 0 unless the company set
     * them.
     */
    public static Service service(TenantId tenant, String id, JsonBody b, SchedulingSettings scheduling) {
        Optional<CompositeDefinition> composite = b.optObject("composite").map(Readers::composite);
        if (composite.isEmpty() && !b.has("durationMinutes")) {
            throw ApiProblem.missing("durationMinutes");
        }
        Duration duration = composite.map(CompositeDefinition::totalDuration).orElseGet(() ->
                Duration.ofMinutes(b.intIn("durationMinutes", 1, 24 * 60, 1)));
        Money price = b.optObject("price").map(p -> new Money(p.integer("minorUnits"),
                p.optText("currency").orElse("EUR"))).orElse(new Money(0, "EUR"));
        return new Service(ServiceId.of(id), tenant, b.text("name"), b.texts("aliases"), duration, price,
                Duration.ofMinutes(b.intIn("bufferBeforeMinutes", 0, 24 * 60,
                        (int) scheduling.defaultBufferBefore().toMinutes())),
                Duration.ofMinutes(b.intIn("bufferAfterMinutes", 0, 24 * 60,
                        (int) scheduling.defaultBufferAfter().toMinutes())),
                Duration.ofMinutes(b.intIn("slotIntervalMinutes", 1, 24 * 60,
                        (int) Service.DEFAULT_SLOT_INTERVAL.toMinutes())),
                composite, b.optObject("policy").map(Readers::policyOverride).orElse(PolicyOverride.none()),
                b.bool("active", true), SchedulingReaders.needs(b), b.intIn("staffCount", 1, 10, 1),
                SchedulingReaders.grid(b), SchedulingReaders.maxPerDay(b));
    }

    static CompositeDefinition composite(JsonBody b) {
        PausePolicy policy;
        String code = b.optText("pausePolicy").orElse("free");
        try {
            policy = PausePolicy.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("'" + b.qualified("pausePolicy") + "' must be free, blocked, flexible or never.");
        }
        List<ServiceStep> steps = new ArrayList<>();
        List<JsonBody> stepBodies = b.objects("steps");
        if (stepBodies.isEmpty()) {
            throw ApiProblem.missing(b.qualified("steps"));
        }
        for (JsonBody s : stepBodies) {
            String type = s.text("type");
            if (!s.has("minutes")) {
                throw ApiProblem.missing(s.qualified("minutes"));
            }
            Duration minutes = Duration.ofMinutes(s.intIn("minutes", 1, 24 * 60, 1));
            if (type.equals("work")) {
                Set<StaffId> qualified = new LinkedHashSet<>();
                s.texts("qualifiedStaff").forEach(q -> qualified.add(StaffId.of(q)));
                steps.add(new ServiceStep.WorkSegment(s.text("key"), s.text("name"), minutes, qualified,
                        s.intIn("staffCount", 1, 10, 1)));
            } else if (type.equals("pause")) {
                steps.add(new ServiceStep.Pause(minutes));
            } else {
                throw ApiProblem.invalid("'" + s.qualified("type") + "' must be work or pause.");
            }
        }
        return new CompositeDefinition(steps, policy);
    }

    public static Holiday holiday(TenantId tenant, String id, JsonBody b) {
        HolidayType type;
        String code = b.optText("type").orElse("public_holiday");
        try {
            type = HolidayType.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("'type' must be public_holiday, company_holiday, maintenance, training or"
                    + " other.");
        }
        var first = Times.date(b.text("firstDay"), "firstDay");
        var last = b.optText("lastDay").map(t -> Times.date(t, "lastDay")).orElse(first);
        Set<StaffId> staff = new LinkedHashSet<>();
        b.texts("staff").forEach(s -> staff.add(StaffId.of(s)));
        return new Holiday(HolidayId.of(id), tenant, b.optText("branch").map(BranchId::of), b.text("name"), type,
                first, last, b.bool("recurringYearly", false), staff);
    }

    /** A customer: a name and a phone number (national numbers get {@code countryCode}) and/or an e-mail. */
    public static Customer customer(JsonBody b, String countryCode) {
        Optional<PhoneNumber> phone = b.optText("phone").map(p -> PhoneNumber.parse(p, countryCode)
                .orElseThrow(() -> ApiProblem.invalid("'" + b.qualified("phone")
                        + "' is not a phone number (e.g. +491512345678 or 0151 2345678).")));
        Optional<EmailAddress> email = b.optText("email").filter(e -> !e.isBlank()).map(EmailAddress::new);
        if (phone.isEmpty() && email.isEmpty()) {
            throw ApiProblem.missing(b.qualified("phone") + "' or '" + b.qualified("email"));
        }
        return new Customer(b.text("name"), phone, email);
    }
}
