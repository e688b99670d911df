package dev.termin.booking.adapter.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.contract.AbstractBookingMetricsTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link MicrometerBookingMetrics} against the metrics port's contract, and what it adds to the registry. */
class MicrometerBookingMetricsTest extends AbstractBookingMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Override
    protected BookingMetrics metrics() {
        return new MicrometerBookingMetrics(registry);
    }

    @Test
    void countsAndTimes_landInTheRegistryUnderTheirNamesAndTags() {
        // given
        BookingMetrics metrics = metrics();

        // when
        metrics.increment("termin.bookings", "tenant", "salon-1", "source", "phone");
        metrics.increment("termin.bookings", "tenant", "salon-1", "source", "phone");
        metrics.record("termin.sync.duration", Duration.ofMillis(250), "tenant", "salon-1");

        // then
        assertThat(registry.get("termin.bookings").tag("source", "phone").counter().count()).isEqualTo(2.0);
        assertThat(registry.get("termin.sync.duration").timer().totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
                .isEqualTo(250.0);
    }

    @Test
    void aSecondTagSetForOneName_getsItsOwnMeterInsteadOfFailing() {
        // given
        BookingMetrics metrics = metrics();
        metrics.increment("termin.holds.confirm_failed", "tenant", "salon-1");

        // when
        metrics.increment("termin.holds.confirm_failed", "tenant", "salon-1", "code", "reservation_expired");

        // then
        assertThat(registry.get("termin.holds.confirm_failed.by_code_tenant").counter().count()).isEqualTo(1.0);
    }

    @Test
    void anOddTrailingTag_isDroppedRatherThanFailingTheBooking() {
        // when
        metrics().increment("termin.bookings", "tenant");

        // then
        assertThat(registry.get("termin.bookings").counter().count()).isEqualTo(1.0);
    }
}
