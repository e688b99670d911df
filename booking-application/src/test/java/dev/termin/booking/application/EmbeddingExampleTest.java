package dev.termin.booking.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.demo.DemoSalon;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.result.Result;
import dev.termin.booking.domain.slot.Slot;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The embedding example of the README, compiled and run so that it cannot drift. */
class EmbeddingExampleTest {

    @Test
    void theReadmeExampleFindsAndBooksASlot() {
        Clock clock = Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), ZoneOffset.UTC);
        // tag::embedding[]
        BookingEngine engine = BookingEngine.builder()   // every port defaults to its in-memory implementation
                .clock(clock)
                .build();
        DemoSalon.load(engine.catalogue());              // or save your own branches, staff and services

        SlotRequest haircut = SlotRequest.of(DemoSalon.TENANT, DemoSalon.BRANCH, DemoSalon.HAIRCUT);
        LocalDate wednesday = LocalDate.of(2026, 6, 17);
        List<Slot> slots = engine.availability()
                .findSlots(haircut, wednesday, wednesday, Optional.empty())
                .orElseThrow();

        Result<Appointment> booked = engine.appointments().book(new BookCommand(
                haircut, slots.get(0).start(), Customer.withPhone("Anna Becker", "+4915112345678"),
                "", Source.API, Optional.empty(), Optional.of("my-idempotency-key"), "correlation-1"));
        if (booked instanceof Result.Failure<Appointment> f) {
            System.out.println(f.code().code() + ": " + f.message());   // e.g. slot_unavailable
        }
        // end::embedding[]
        assertThat(booked.orElseThrow().interval().start()).isEqualTo(slots.get(0).start());
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-06-17T07:00:00Z"));
    }
}
