package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.application.port.out.BookingMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.Objects;

/**
 * {@link BookingMetrics} on a Micrometer registry: counters and timers with the engine's names and tags (an odd
 * trailing tag is dropped rather than failing a booking). Thread-safe.
 */
public final class MicrometerBookingMetrics implements BookingMetrics {

    private final MeterRegistry registry;

    public MicrometerBookingMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void increment(String name, String... tags) {
        registry.counter(name, tags(tags)).increment();
    }

    @Override
    public void record(String name, Duration duration, String... tags) {
        registry.timer(name, tags(tags)).record(duration);
    }

    private static Tags tags(String... tags) {
        if (tags.length % 2 == 0) {
            return Tags.of(tags);
        }
        String[] even = new String[tags.length - 1];
        System.arraycopy(tags, 0, even, 0, even.length);
        return Tags.of(even);
    }
}
