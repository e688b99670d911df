package dev.termin.booking.adapter.calcom;

import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.application.port.out.contract.AbstractExternalCalendarTest;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link ExternalCalendar} contract run against {@link CalComCalendar} and the fake Cal.com, with the identities
 * the fake's event types are mapped for: tenant {@code acme}, branch {@code mitte}, service {@code cut} (shared
 * event type, as long as the contract's bookings), staff Maria and Emma.
 */
class CalComCalendarContractTest extends AbstractExternalCalendarTest {

    private MockWebServer server;

    @Override
    protected ExternalCalendar externalCalendar() {
        FakeCalCom fake = CalComTestBase.seededFake();
        fake.eventType(CalComTestBase.CUT_EVENT_TYPE).length = 30; // the contract books 30 minutes
        try {
            server = CalComTestBase.start(fake);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CalComCalendar.create(CalComTestBase.config(server).build());
    }

    @AfterEach
    void stopFakeCalCom() throws IOException {
        server.shutdown();
    }

    @Override
    protected TenantId tenant() {
        return CalComTestBase.TENANT;
    }

    @Override
    protected BranchId branch() {
        return CalComTestBase.BRANCH;
    }

    @Override
    protected ServiceId service() {
        return CalComTestBase.CUT;
    }

    @Override
    protected StaffId staff() {
        return CalComTestBase.MARIA;
    }

    @Override
    protected StaffId otherStaff() {
        return CalComTestBase.EMMA;
    }
}
