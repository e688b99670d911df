package dev.termin.booking.adapter.http.internal;

import dev.termin.booking.application.port.out.BookingMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Duration;
import java.util.Objects;

/**
 * {@link BookingMetrics} on a Micrometer registry: counters and timers with the engine's names and tags (an odd
 * trailing tag is dropped rather than failing a booking). Thread-safe.
 */
public final class MicrometerBookingMetrics implements BookingMetrics {

    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, List<String>> keysByName = new ConcurrentHashMap<>();

    public MicrometerBookingMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void increment(String name, String... tags) {
        Tags t = tags(tags);
        registry.counter(name(name, t), t).increment();
    }

    @Override
    public void record(String name, Duration duration, String... tags) {
        Tags t = tags(tags);
        registry.timer(name(name, t), t).record(duration);
    }

    /**
     * Prometheus needs one set of tag keys per meter name, but the engine tags some events with more detail (a
     * failed confirm carries a {@code code}): such calls go to {@code <name>.by_<keys>}.
     */
    private String name(String name, Tags tags) {
        List<String> keys = tags.stream().map(Tag::getKey).sorted().toList();
        List<String> first = keysByName.computeIfAbsent(name, n -> keys);
        return first.equals(keys) ? name : name + ".by_" + String.join("_", keys);
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
