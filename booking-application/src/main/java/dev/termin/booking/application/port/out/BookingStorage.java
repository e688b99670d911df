package dev.termin.booking.application.port.out;

import java.util.Objects;

/**
 * The storage ports of one store, which must share transactions: everything the engine writes in one
 * {@link Transactions#inTransaction} call lands together or not at all. A storage adapter supplies all of them.
 */
public record BookingStorage(
        Transactions transactions,
        StaffLocks staffLocks,
        CatalogueRepository catalogue,
        AppointmentRepository appointments,
        HoldRepository holds,
        BookedTime bookedTime,
        WaitlistRepository waitlist,
        Outbox outbox,
        IdempotencyStore idempotency,
        BookingFlowLog flowLog) {

    public BookingStorage {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(staffLocks, "staffLocks");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(appointments, "appointments");
        Objects.requireNonNull(holds, "holds");
        Objects.requireNonNull(bookedTime, "bookedTime");
        Objects.requireNonNull(waitlist, "waitlist");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(flowLog, "flowLog");
    }

    /** The ports of a store without a combined read of booked time: it reads the appointments, then the holds. */
    public BookingStorage(Transactions transactions, StaffLocks staffLocks, CatalogueRepository catalogue,
            AppointmentRepository appointments, HoldRepository holds, WaitlistRepository waitlist, Outbox outbox,
            IdempotencyStore idempotency, BookingFlowLog flowLog) {
        this(transactions, staffLocks, catalogue, appointments, holds, BookedTime.of(appointments, holds), waitlist,
                outbox, idempotency, flowLog);
    }
}
