package dev.termin.booking.domain.phone;

import java.time.LocalTime;

/**
 * A part of the day a caller names instead of a time ("nachmittags"), with the window of start times it stands
 * for. The hours are this project's reading of everyday German in a salon, not a norm; they overlap on purpose
 * ("mittags" spans the end of the morning and the start of the afternoon), because callers' words do.
 *
 * <table>
 *   <caption>Day parts</caption>
 *   <tr><th>part</th><th>said as</th><th>start times</th></tr>
 *   <tr><td>{@link #EARLY}</td><td>früh, morgens, am Morgen, in der Früh</td><td>07:00–10:00</td></tr>
 *   <tr><td>{@link #MORNING}</td><td>vormittags, am Vormittag</td><td>08:00–12:00</td></tr>
 *   <tr><td>{@link #LATE_MORNING}</td><td>am späten Vormittag</td><td>10:00–12:00</td></tr>
 *   <tr><td>{@link #NOON}</td><td>mittags, über Mittag, in der Mittagspause</td><td>11:00–14:00</td></tr>
 *   <tr><td>{@link #AFTERNOON}</td><td>nachmittags, am Nachmittag</td><td>13:00–18:00</td></tr>
 *   <tr><td>{@link #EARLY_AFTERNOON}</td><td>am frühen Nachmittag</td><td>13:00–15:00</td></tr>
 *   <tr><td>{@link #LATE_AFTERNOON}</td><td>am späten Nachmittag</td><td>15:00–18:00</td></tr>
 *   <tr><td>{@link #EVENING}</td><td>abends, am Abend, nach der Arbeit, nach Feierabend</td><td>17:00–21:00</td></tr>
 * </table>
 * Ends are exclusive: a window up to 12:00 offers starts before noon. Immutable and thread-safe.
 */
public enum DayPart {
    /** 07:00–10:00. */
    EARLY("früh", 7, 10, Half.FORENOON),
    /** 08:00–12:00. */
    MORNING("Vormittag", 8, 12, Half.FORENOON),
    /** 10:00–12:00. */
    LATE_MORNING("Vormittag", 10, 12, Half.FORENOON),
    /** 11:00–14:00. */
    NOON("Mittag", 11, 14, Half.NOON),
    /** 13:00–18:00. */
    AFTERNOON("Nachmittag", 13, 18, Half.AFTERNOON),
    /** 13:00–15:00. */
    EARLY_AFTERNOON("Nachmittag", 13, 15, Half.AFTERNOON),
    /** 15:00–18:00. */
    LATE_AFTERNOON("Nachmittag", 15, 18, Half.AFTERNOON),
    /** 17:00–21:00. */
    EVENING("Abend", 17, 21, Half.AFTERNOON);

    /** Which half of the clock a 12-hour number said with this part belongs to ("um acht abends" is 20:00). */
    enum Half { FORENOON, NOON, AFTERNOON }

    private final String spoken;
    private final TimeWindow window;
    private final Half half;

    DayPart(String spoken, int fromHour, int untilHour, Half half) {
        this.spoken = spoken;
        this.window = new TimeWindow(LocalTime.of(fromHour, 0), LocalTime.of(untilHour, 0));
        this.half = half;
    }

    /** The start times this part stands for. */
    public TimeWindow window() {
        return window;
    }

    /** How the part is read back after a day: "Nachmittag" in "Morgen Nachmittag", "früh" in "Morgen früh". */
    public String spoken() {
        return spoken;
    }

    Half half() {
        return half;
    }
}
