package dev.termin.booking.domain.phone;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When a caller would like to come, as {@link GermanWishParser} understood it: which days, which time, and
 * whether the earliest free slot is wanted. Immutable and thread-safe.
 *
 * @param dates the days; empty if none were said (the caller leaves the day open, e.g. "so früh wie möglich")
 * @param time an exact time, a window of start times, or any time
 * @param dayPart the part of the day the caller named, if any; kept so that offers can echo it ("Morgen
 *     Nachmittag hätte ich …")
 * @param preference whether the caller wants the earliest slot or leaves the choice open
 */
public record AppointmentWish(Optional<DateRange> dates, TimeWish time, Optional<DayPart> dayPart,
        Preference preference) {

    public AppointmentWish {
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(dayPart, "dayPart");
        Objects.requireNonNull(preference, "preference");
        if (dates.isEmpty() && time instanceof TimeWish.AnyTime && dayPart.isEmpty()
                && preference == Preference.NONE) {
            throw new IllegalArgumentException("a wish must say something: a day, a time or a preference");
        }
    }

    /**
     * Whether a start at {@code start} (wall-clock time in the branch's zone) is what the caller asked for: on one
     * of the days, if days were said, and at the exact time or inside the window, if one was said.
     */
    public boolean fits(LocalDateTime start) {
        Objects.requireNonNull(start, "start");
        if (dates.isPresent() && !dates.get().contains(start.toLocalDate())) {
            return false;
        }
        if (time instanceof TimeWish.At at) {
            return at.time().equals(start.toLocalTime());
        }
        return !(time instanceof TimeWish.Within within) || within.window().contains(start.toLocalTime());
    }

    /** What the caller prefers among the slots that fit. */
    public enum Preference {
        /** No preference was said; offers may be spread out. */
        NONE,
        /** "so früh wie möglich", "nächster freier Termin": the earliest fitting slot first. */
        EARLIEST
    }

    /** The time part of a wish. */
    public sealed interface TimeWish permits TimeWish.AnyTime, TimeWish.At, TimeWish.Within {

        /** No time was said. */
        record AnyTime() implements TimeWish {
        }

        /** An exact start time ("um halb drei"). */
        record At(LocalTime time) implements TimeWish {
            public At {
                Objects.requireNonNull(time, "time");
            }
        }

        /** A window of start times ("nachmittags", "nach 16 Uhr", "zwischen 10 und 12"). */
        record Within(TimeWindow window) implements TimeWish {
            public Within {
                Objects.requireNonNull(window, "window");
            }
        }
    }
}
