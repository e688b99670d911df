package dev.termin.booking.adapter.inmemory;

import dev.termin.booking.application.port.out.CalendarOutcome;
import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.application.port.out.ExternalBusy;
import dev.termin.booking.application.port.out.ExternalCalendar;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.sync.CircuitState;
import dev.termin.booking.domain.time.TimeInterval;
import java.util.Collection;
import java.util.List;

/**
 * The {@link ExternalCalendar} of a tenant without one: nobody is busy, the circuit is {@code NOT_CONFIGURED}, and
 * create, cancel and reschedule are {@code Rejected} with status 501 and code {@value #CODE}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NoExternalCalendar implements ExternalCalendar {

    /** The error code of every write. */
    public static final String CODE = "not_configured";

    public NoExternalCalendar() {
    }

    @Override
    public CalendarOutcome<List<ExternalBusy>> busyTimes(TenantId tenant, Collection<StaffId> staff,
            TimeInterval range) {
        return CalendarOutcome.busy(List.of());
    }

    @Override
    public CalendarOutcome<String> create(ExternalBooking booking) {
        return notConfigured();
    }

    @Override
    public CalendarOutcome<Void> cancel(TenantId tenant, String externalId, String reason) {
        return notConfigured();
    }

    @Override
    public CalendarOutcome<String> reschedule(TenantId tenant, String externalId, ExternalBooking moved) {
        return notConfigured();
    }

    @Override
    public CircuitState circuitState() {
        return CircuitState.NOT_CONFIGURED;
    }

    private static <T> CalendarOutcome<T> notConfigured() {
        return new CalendarOutcome.Rejected<>(501, CODE, "no external calendar is configured");
    }
}
