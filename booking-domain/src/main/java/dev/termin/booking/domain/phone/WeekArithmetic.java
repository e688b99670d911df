package dev.termin.booking.domain.phone;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import dev.termin.booking.domain.phone.GermanWishParser.Found;
import java.util.Optional;

/** Calendar arithmetic behind {@link SpokenDays}; the rules are stated there. Stateless and thread-safe. */
final class WeekArithmetic {

    /** "in acht Tagen" means a week in German. */
    private static final int EIGHT_DAYS = 8;

    private WeekArithmetic() {
    }

    /** The weekday of a weekday match, in the given week if one was said. */
    static Optional<SpokenDays.Days> weekday(Found weekday, Optional<Found> week, LocalDate today) {
        DayOfWeek day = dayOfWeek(weekday);
        String qualifier = weekday.group("q");
        LocalDate date;
        if (week.isEmpty()) {
            boolean next = qualifier != null && !qualifier.startsWith("dies");
            date = today.with(next ? TemporalAdjusters.next(day) : TemporalAdjusters.nextOrSame(day));
        } else if (week.get().group("n") != null) {
            date = today.with(TemporalAdjusters.nextOrSame(day)).plusWeeks(weeksLater(week.get()).orElseThrow());
        } else if (week.get().group("days") != null) {
            return Optional.empty();
        } else {
            date = SpokenDays.mondayOf(today).plusWeeks(weekOffset(week.get())).plusDays(day.getValue() - 1L);
            if (date.isBefore(today)) {
                return Optional.empty();
            }
        }
        return Optional.of(days(date, date));
    }

    /** A week said alone: "diese Woche", "nächste Woche", "in zwei Wochen", "in drei Tagen". */
    static SpokenDays.Days week(Found week, LocalDate today) {
        if (week.group("days") != null) {
            int n = Integer.parseInt(week.group("days"));
            LocalDate day = today.plusDays(n == EIGHT_DAYS ? 7 : n);
            return days(day, day);
        }
        if (week.group("this") != null) {
            return days(today, SpokenDays.mondayOf(today).plusDays(6));
        }
        LocalDate monday = week.group("n") != null
                ? SpokenDays.mondayOf(today.plusWeeks(weeksLater(week).orElseThrow()))
                : SpokenDays.mondayOf(today).plusWeeks(weekOffset(week));
        return days(monday, monday.plusDays(6));
    }

    /** The weeks added by "in einer Woche", "in acht Tagen"; empty for other week words. */
    static Optional<Integer> weeksLater(Found week) {
        if (week.group("n") != null) {
            return Optional.of("einer".equals(week.group("n")) ? 1 : Integer.parseInt(week.group("n")));
        }
        if (week.group("days") != null && Integer.parseInt(week.group("days")) == EIGHT_DAYS) {
            return Optional.of(1);
        }
        return Optional.empty();
    }

    static DayOfWeek dayOfWeek(Found weekday) {
        return SpokenDays.weekdayNamed(weekday.group("wd"));
    }

    /** The coming weekend, from today if today is on one; with {@code next} on a weekend, the following one. */
    static DateRange weekend(boolean next, LocalDate today) {
        boolean onWeekend = today.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        if (next && onWeekend) {
            return new DateRange(sunday.plusDays(6), sunday.plusDays(7));
        }
        return new DateRange(onWeekend ? today : sunday.minusDays(1), sunday);
    }

    /** Monday–Wednesday, Tuesday–Thursday or Thursday–Saturday; empty if this week's part is over. */
    static Optional<DateRange> section(String section, boolean next, LocalDate today) {
        LocalDate monday = SpokenDays.mondayOf(today).plusWeeks(next ? 1 : 0);
        int first = switch (section) {
            case "anfang" -> 0;
            case "mitte" -> 1;
            default -> 3;
        };
        return clipped(monday.plusDays(first), monday.plusDays(first + 2L), today);
    }

    /** The month (or its first, middle or last part) from today on; this year's, or next year's if it is over. */
    static Optional<DateRange> month(String name, String position, LocalDate today) {
        int month = GermanDateParser.MONTHS.get(name);
        YearMonth ym = YearMonth.of(month < today.getMonthValue() ? today.getYear() + 1 : today.getYear(), month);
        LocalDate first = ym.atDay(1);
        LocalDate last = ym.atEndOfMonth();
        if (position != null) {
            first = switch (position) {
                case "anfang" -> first;
                case "mitte" -> ym.atDay(11);
                default -> ym.atDay(21);
            };
            last = "anfang".equals(position) ? ym.atDay(10) : "mitte".equals(position) ? ym.atDay(20) : last;
        }
        return clipped(first, last, today);
    }

    private static Optional<DateRange> clipped(LocalDate first, LocalDate last, LocalDate today) {
        LocalDate from = first.isBefore(today) ? today : first;
        return from.isAfter(last) ? Optional.empty() : Optional.of(new DateRange(from, last));
    }

    private static int weekOffset(Found week) {
        return week.group("after") != null ? 2 : week.group("next") != null ? 1 : 0;
    }

    private static SpokenDays.Days days(LocalDate first, LocalDate last) {
        return new SpokenDays.Days(Optional.of(new DateRange(first, last)));
    }
}
