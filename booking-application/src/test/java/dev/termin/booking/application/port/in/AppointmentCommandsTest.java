package dev.termin.booking.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppointmentCommandsTest {

    private final TenantId tenant = TenantId.of("salon");
    private final AppointmentId id = new AppointmentId("a1");

    @Test
    void aCancelCommand_needsEveryValue_butTheReasonMayBeEmpty() {
        assertThat(new CancelCommand(tenant, id, "", false, "c").reason()).isEmpty();
        assertThatThrownBy(() -> new CancelCommand(null, id, "", false, "c")).hasMessage("tenant");
        assertThatThrownBy(() -> new CancelCommand(tenant, null, "", false, "c")).hasMessage("appointment");
        assertThatThrownBy(() -> new CancelCommand(tenant, id, null, false, "c")).hasMessage("reason");
        assertThatThrownBy(() -> new CancelCommand(tenant, id, "", false, null)).hasMessage("correlationId");
    }

    @Test
    void aRescheduleCommand_needsEveryValue() {
        Instant start = Instant.parse("2026-06-17T08:00:00Z");
        assertThat(new RescheduleCommand(tenant, id, start, Optional.of(StaffId.of("emma")), true, "c").override())
                .isTrue();
        assertThatThrownBy(() -> new RescheduleCommand(tenant, id, null, Optional.empty(), false, "c"))
                .hasMessage("newStart");
        assertThatThrownBy(() -> new RescheduleCommand(tenant, id, start, null, false, "c")).hasMessage("staff");
    }
}
