package dev.termin.booking.adapter.calcom;

import java.time.Duration;

/**
 * How long busy times read from Cal.com are reused.
 *
 * <p>Defaults ({@link #defaults()}): 30 s. Immutable and thread-safe.
 *
 * @param busyTimesTtl how long busy times are reused; zero turns the cache off
 */
public record CalComCache(Duration busyTimesTtl) {

    /**
     * @throws NullPointerException if {@code busyTimesTtl} is null
     * @throws IllegalArgumentException if it is negative
     */
    public CalComCache {
        CalComRetry.notNegative(busyTimesTtl, "busyCacheTtl");
    }

    /** 30 s. */
    public static CalComCache defaults() {
        return new CalComCache(Duration.ofSeconds(30));
    }
}
