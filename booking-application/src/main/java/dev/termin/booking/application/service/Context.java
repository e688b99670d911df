package dev.termin.booking.application.service;

import dev.termin.booking.application.EngineSettings;
import dev.termin.booking.application.port.out.BookingMetrics;
import dev.termin.booking.application.port.out.BookingStorage;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.application.port.out.IdGenerator;
import dev.termin.booking.application.port.out.Notifier;
import dev.termin.booking.application.port.out.SlotLocks;
import java.time.Clock;
import java.util.Objects;

/** The outbound ports and settings every service works with, wired once by the engine. Immutable. */
public record Context(
        BookingStorage storage,
        SlotLocks slotLocks,
        ExternalCalendar calendar,
        Notifier notifier,
        IdGenerator ids,
        Clock clock,
        BookingMetrics metrics,
        EngineSettings settings) {

    public Context {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(slotLocks, "slotLocks");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(notifier, "notifier");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(settings, "settings");
    }
}
