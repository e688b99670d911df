package dev.termin.booking.domain.calendar;

import dev.termin.booking.domain.time.IntervalSet;
import dev.termin.booking.domain.time.LocalTimeWindow;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.time.WeeklyHours;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A branch's opening hours: weekly windows plus date overrides that replace a day's windows. Immutable.
 * Holidays are not part of opening hours because they may apply to some staff only; see {@link dev.termin.booking.domain.catalogue.Holiday}.
 */
public record OpeningHours(WeeklyHours weekly, Map<LocalDate, DateOverride> overrides) {

    public OpeningHours {
        Objects.requireNonNull(weekly, "weekly");
        overrides = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(overrides, "overrides")));
        overrides.forEach((date, o) -> {
            if (!date.equals(o.date())) {
                throw new IllegalArgumentException("override keyed by " + date + " is for " + o.date());
            }
        });
    }

    public static OpeningHours of(WeeklyHours weekly, List<DateOverride> overrides) {
        Map<LocalDate, DateOverride> m = new TreeMap<>();
        for (DateOverride o : overrides) {
            if (m.put(o.date(), o) != null) {
                throw new IllegalArgumentException("two overrides for " + o.date());
            }
        }
        return new OpeningHours(weekly, m);
    }

    public static OpeningHours weekly(WeeklyHours weekly) {
        return new OpeningHours(weekly, Map.of());
    }

    /** The windows that apply on {@code date}: the override's if there is one, else the weekday's. */
    public List<LocalTimeWindow> windowsOn(LocalDate date) {
        DateOverride o = overrides.get(date);
        return o != null ? o.windows() : weekly.windowsOn(date.getDayOfWeek());
    }

    public IntervalSet openBetween(LocalDate from, LocalDate to, ZoneId zone) {
        List<TimeInterval> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            for (LocalTimeWindow w : windowsOn(d)) {
                w.instantsOn(d, zone).ifPresent(out::add);
            }
        }
        return IntervalSet.of(out);
    }

    public OpeningHours withOverride(DateOverride override) {
        Map<LocalDate, DateOverride> m = new TreeMap<>(overrides);
        m.put(override.date(), override);
        return new OpeningHours(weekly, m);
    }
}
