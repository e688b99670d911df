package dev.termin.booking.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.termin.booking.application.port.out.BookingMetrics;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Contract of {@link BookingMetrics}: counters and timers with tag pairs are accepted, also concurrently. */
public abstract class AbstractBookingMetricsTest {

    /** The metrics under test; called once per test. */
    protected abstract BookingMetrics metrics();

    @Test
    void countersAndTimersWithAndWithoutTags_areAccepted() {
        BookingMetrics metrics = metrics();

        assertThatCode(() -> {
            metrics.increment("termin.holds.created");
            metrics.increment("termin.holds.created", "tenant", "salon-1", "compound", "true");
            metrics.record("termin.holds.time_to_conversion", Duration.ofSeconds(42), "tenant", "salon-1");
            metrics.record("termin.sync.duration", Duration.ZERO);
        }).doesNotThrowAnyException();
    }

    @Test
    @Timeout(60)
    void concurrentUse_isSafe() {
        BookingMetrics metrics = metrics();

        List<Integer> done = Concurrency.race(8, n -> {
            for (int i = 0; i < 1_000; i++) {
                metrics.increment("termin.bookings", "tenant", "t-" + (i % 3), "source", "phone");
                metrics.record("termin.booking.duration", Duration.ofMillis(i), "tenant", "t-" + (i % 3));
            }
            return n;
        });

        assertThat(done).hasSize(8);
    }
}
