package dev.termin.booking.application.demo;

import dev.termin.booking.application.BookingEngine;
import dev.termin.booking.application.port.in.BookCommand;
import dev.termin.booking.application.port.in.SlotRequest;
import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.slot.Explanation;
import dev.termin.booking.domain.slot.Slot;
import java.io.PrintStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * A console walk through the engine on the demo salon, in memory: availability, a booking, the explanation of a
 * taken time, the nearest alternatives, and a haircut placed in the free pause of a colour appointment.
 */
public final class DemoMain {

    private static final DateTimeFormatter FMT = DateTimeFormatter.ofPattern("EEE dd.MM. HH:mm");

    private DemoMain() {
    }

    public static void main(String[] args) {
        run(Clock.systemUTC(), System.out);
    }

    static void run(Clock clock, PrintStream out) {
        BookingEngine engine = BookingEngine.builder().clock(clock).build();
        DemoSalon.load(engine.catalogue());
        LocalDate day = LocalDate.now(clock.withZone(DemoSalon.ZONE)).plusDays(2)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        SlotRequest haircutWithMaria = SlotRequest.of(DemoSalon.TENANT, DemoSalon.BRANCH, DemoSalon.HAIRCUT)
                .withStaff(DemoSalon.MARIA);

        List<Slot> slots = engine.availability().findSlots(haircutWithMaria, day, day, Optional.empty())
                .orElseThrow();
        out.println("Haircut with Maria on " + day + ": " + slots.size() + " free starts, the first ones:");
        slots.stream().limit(6).forEach(s -> out.println("  " + FMT.format(s.start().atZone(DemoSalon.ZONE))));

        Instant ten = day.atTime(10, 0).atZone(DemoSalon.ZONE).toInstant();
        Appointment booked = engine.appointments().book(new BookCommand(haircutWithMaria, ten,
                Customer.withPhone("Anna Becker", "+4915112345678"), "", Source.DESK, Optional.empty(),
                Optional.empty(), "demo-1")).orElseThrow();
        out.println("\nBooked " + booked.id() + " at " + FMT.format(booked.interval().start().atZone(DemoSalon.ZONE))
                + " with " + booked.staff() + " (sync " + booked.sync().status().code() + ")");

        Explanation why = engine.availability().explain(haircutWithMaria, ten, Optional.empty()).orElseThrow();
        out.println("\nIs 10:00 still free? " + (why.bookable() ? "yes" : "no:"));
        why.reasons().forEach(r -> out.println("  " + r.code().code() + ": " + r.message()));

        List<Slot> alternatives = engine.availability().nearest(haircutWithMaria, ten, 3, Optional.empty())
                .orElseThrow();
        out.println("\nNearest alternatives:");
        alternatives.forEach(s -> out.println("  " + FMT.format(s.start().atZone(DemoSalon.ZONE)) + " with "
                + s.staff()));

        Instant colourStart = day.atTime(14, 0).atZone(DemoSalon.ZONE).toInstant();
        Appointment colour = engine.appointments().book(new BookCommand(SlotRequest.of(DemoSalon.TENANT,
                DemoSalon.BRANCH, DemoSalon.ROOT_COLOUR).withStaff(DemoSalon.EMMA), colourStart,
                Customer.withPhone("Berta Klein", "+4917012345678"), "", Source.PHONE, Optional.empty(),
                Optional.empty(), "demo-2")).orElseThrow();
        out.println("\nRoot colour with Emma, one appointment in " + colour.segments().size() + " segments:");
        colour.segments().forEach(s -> out.println("  " + s.label() + " " + s.name() + " "
                + FMT.format(s.interval().start().atZone(DemoSalon.ZONE)) + "–"
                + DateTimeFormatter.ofPattern("HH:mm").format(s.interval().end().atZone(DemoSalon.ZONE))));
        Instant inPause = colourStart.plusSeconds(30 * 60);
        Appointment cut = engine.appointments().book(new BookCommand(SlotRequest.of(DemoSalon.TENANT,
                DemoSalon.BRANCH, DemoSalon.HAIRCUT).withStaff(DemoSalon.EMMA), inPause,
                Customer.withPhone("Carl Weber", "+4916012345678"), "", Source.WEB, Optional.empty(),
                Optional.empty(), "demo-3")).orElseThrow();
        out.println("A haircut with Emma during the colour's free pause: booked at "
                + FMT.format(cut.interval().start().atZone(DemoSalon.ZONE)));
    }
}
