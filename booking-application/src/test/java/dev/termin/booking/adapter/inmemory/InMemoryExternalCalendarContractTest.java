package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.application.port.out.contract.AbstractExternalCalendarTest;

class InMemoryExternalCalendarContractTest extends AbstractExternalCalendarTest {

    @Override
    protected ExternalCalendar externalCalendar() {
        return new InMemoryExternalCalendar();
    }
}
