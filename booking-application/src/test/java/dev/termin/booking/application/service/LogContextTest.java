package dev.termin.booking.application.service;

import static dev.termin.booking.application.scenario.Salon.NOW;
import static dev.termin.booking.application.scenario.Salon.customer;
import static dev.termin.booking.application.scenario.Salon.wednesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.ConfirmHoldCommand;
import dev.termin.booking.application.port.in.HoldCommand;
import dev.termin.booking.application.scenario.Salon;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.testing.MutableClock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LogContextTest {

    private final MutableClock clock = new MutableClock(NOW);
    private final Salon salon = new Salon(BookingEngine.builder().clock(clock).build());

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void givenTheRequestsCorrelationIdInTheLogContext_bookingHoldingAndConfirming_leaveItThereForTheAccessLog() {
        // given the server put the request's id into the log context
        MDC.put("correlationId", "request-1");

        // when use cases run with their own ids
        salon.engine.appointments().book(new BookCommand(salon.request(salon.cut, salon.maria), wednesday("10:00"),
                customer("Anna Becker"), "", Source.WEB, Optional.empty(), Optional.of("k1"), "command-1"));
        assertThat(MDC.get("correlationId")).isEqualTo("request-1");
        Hold hold = salon.engine.holds().hold(new HoldCommand(salon.request(salon.cut, salon.maria),
                wednesday("11:00"), "session-1", Optional.empty(), "command-2")).orElseThrow();
        assertThat(MDC.get("correlationId")).isEqualTo("request-1");
        salon.engine.holds().confirm(new ConfirmHoldCommand(salon.tenant, hold.token(), "session-1",
                customer("Anna Becker"), "", Source.WEB, "command-3")).orElseThrow();

        // then the request's id is still there
        assertThat(MDC.get("correlationId")).isEqualTo("request-1");
    }

    @Test
    void aScopeOpenedWithoutAPreviousValue_removesItsKeysOnClose() {
        try (LogContext c = LogContext.work("salon-1", "hold-1")) {
            assertThat(MDC.get("tenant")).isEqualTo("salon-1");
            assertThat(MDC.get("correlationId")).isEqualTo("hold-1");
        }
        assertThat(MDC.get("tenant")).isNull();
        assertThat(MDC.get("correlationId")).isNull();
    }
}
