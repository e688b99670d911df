package dev.termin.booking.application.port.out;

import java.time.Duration;

/**
 * Outgoing port for operational metrics (counters and timers with tags), e.g. exported to Prometheus.
 * Tags come in name/value pairs. Implementations are thread-safe; {@link #none()} drops everything.
 */
public interface BookingMetrics {

    void increment(String name, String... tags);

    void record(String name, Duration duration, String... tags);

    static BookingMetrics none() {
        return new BookingMetrics() {
            @Override
            public void increment(String name, String... tags) {
            }

            @Override
            public void record(String name, Duration duration, String... tags) {
            }
        };
    }
}
