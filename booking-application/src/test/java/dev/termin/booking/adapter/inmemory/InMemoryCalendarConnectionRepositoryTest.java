package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.CalendarConnectionRepository;
import dev.termin.booking.application.port.out.contract.AbstractCalendarConnectionRepositoryTest;

class InMemoryCalendarConnectionRepositoryTest extends AbstractCalendarConnectionRepositoryTest {

    private static final InMemoryCalendarConnectionRepository REPOSITORY = new InMemoryCalendarConnectionRepository();

    @Override
    protected CalendarConnectionRepository repository() {
        return REPOSITORY;
    }
}
