package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.SlotLocks;
import dev.termin.booking.application.port.out.contract.AbstractSlotLocksTest;

class InMemorySlotLocksTest extends AbstractSlotLocksTest {

    private static final InMemorySlotLocks LOCKS = new InMemorySlotLocks();

    @Override
    protected SlotLocks slotLocks() {
        return LOCKS;
    }
}
