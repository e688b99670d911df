package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.contract.AbstractBookingMetricsTest;

/** {@link BookingMetrics#none()}, the default metrics, against the contract. */
class NoBookingMetricsTest extends AbstractBookingMetricsTest {

    @Override
    protected BookingMetrics metrics() {
        return BookingMetrics.none();
    }
}
