package dev.termin.booking.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.application.port.out.contract.ContractFixtures;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.CircuitState;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoExternalCalendarTest {

    private final NoExternalCalendar calendar = new NoExternalCalendar();
    private final TenantId tenant = TenantId.of("salon-1");

    @Test
    void theCircuit_isNotConfigured_andNobodyIsBusy() {
        assertThat(calendar.circuitState()).isEqualTo(CircuitState.NOT_CONFIGURED);
        assertThat(calendar.busyTimes(tenant, List.of(StaffId.of("maria")), ContractFixtures.at("09:00", 600)))
                .isEqualTo(new CalendarOutcome.Done<>(List.of()));
    }

    @Test
    void everyWrite_isRejectedAsNotConfigured() {
        ExternalBooking booking = new ExternalBooking(tenant, AppointmentId.of("a-1"), "main", "Haarschnitt", 1, 1,
                BranchId.of("b"), ServiceId.of("s"), "Haarschnitt", StaffId.of("maria"),
                ContractFixtures.at("10:00", 30), ContractFixtures.customer(), "corr");

        assertThat(List.of(calendar.create(booking), calendar.cancel(tenant, "x", "r"),
                calendar.reschedule(tenant, "x", booking))).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfSatisfying(CalendarOutcome.Rejected.class,
                        r -> assertThat(r.code()).isEqualTo(NoExternalCalendar.CODE)));
    }
}
