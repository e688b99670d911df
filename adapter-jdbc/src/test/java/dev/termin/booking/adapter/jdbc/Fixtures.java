package dev.termin.booking.adapter.jdbc;

import dev.termin.booking.domain.appointment.Appointment;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.appointment.AppointmentStatus;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.appointment.Source;
import dev.termin.booking.domain.appointment.SyncState;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.hold.Hold;
import dev.termin.booking.domain.hold.HoldStatus;
import dev.termin.booking.domain.appointment.HoldToken;
import dev.termin.booking.domain.slot.Occupancy;
import dev.termin.booking.domain.slot.OccupancyKind;
import dev.termin.booking.domain.slot.SegmentAssignment;
import dev.termin.booking.domain.time.TimeInterval;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Domain values for the adapter's tests; every call makes fresh random ids. */
final class Fixtures {

    /** A fixed base time far enough ahead that no hold placed "now" in tests has expired before it. */
    static final Instant T0 = Instant.parse("2030-06-17T07:00:00Z");

    private Fixtures() {
    }

    /**
     * Inserts by plain SQL the catalogue rows that rows written by plain SQL name: branch {@code branch}, service
     * {@code service} and the staff members (of that branch), for tests that bypass the adapter.
     */
    static void catalogueRows(Connection c, String tenant, String branch, String service, String... staff)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO branch (tenant, id, name, zone, "
                + "opening_hours_json) VALUES (?, ?, 'Filiale', 'Europe/Berlin', '{\"weekly\":{},\"overrides\":[]}')")) {
            st.setString(1, tenant);
            st.setString(2, branch);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO service (tenant, id, name, aliases_json, "
                + "duration_seconds, price_minor, currency, buffer_before_seconds, buffer_after_seconds, "
                + "slot_interval_seconds, policy_json, active) VALUES (?, ?, 'Schnitt', '[]', 1800, 0, 'EUR', 0, 0, "
                + "900, '{}', true)")) {
            st.setString(1, tenant);
            st.setString(2, service);
            st.executeUpdate();
        }
        for (String s : staff) {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO staff (tenant, id, branch_id, name, "
                    + "aliases_json, services_json, working_hours_json, breaks_json, time_off_json, active) VALUES "
                    + "(?, ?, ?, 'Maria', '[]', '[]', '{}', '{}', '[]', true)")) {
                st.setString(1, tenant);
                st.setString(2, s);
                st.setString(3, branch);
                st.executeUpdate();
            }
        }
    }

    static TenantId tenant() {
        return TenantId.of("t-" + UUID.randomUUID());
    }

    static StaffId staff() {
        return StaffId.of("s-" + UUID.randomUUID().toString().substring(0, 13));
    }

    static AppointmentId appointmentId() {
        return AppointmentId.of("a-" + UUID.randomUUID());
    }

    static TimeInterval at(int minuteOffset, int minutes) {
        return TimeInterval.of(T0.plus(Duration.ofMinutes(minuteOffset)), Duration.ofMinutes(minutes));
    }

    static Customer customer() {
        return Customer.withPhone("Erika Mustermann", "+491512345678");
    }

    /** A plain booked appointment of {@code staff} over {@code interval}, one work occupancy. */
    static Appointment appointment(TenantId tenant, StaffId staff, TimeInterval interval) {
        return appointment(tenant, appointmentId(), staff, interval,
                List.of(new Occupancy(staff, interval, OccupancyKind.WORK)));
    }

    static Appointment appointment(TenantId tenant, AppointmentId id, StaffId staff, TimeInterval interval,
            List<Occupancy> occupancies) {
        SegmentAssignment main = new SegmentAssignment("main", "Haarschnitt", 1, 1, staff, interval);
        return new Appointment(id, tenant, BranchId.of("main"), ServiceId.of("cut"), staff, interval,
                List.of(main), occupancies, customer(), "", AppointmentStatus.BOOKED, Source.PHONE,
                SyncState.pending(), Optional.empty(), 0, "corr-" + id.value(), Optional.empty(), 0L, T0, T0,
                Optional.empty());
    }

    /** An appointment moved to {@code interval} (same id), one work occupancy. */
    static Appointment moved(Appointment a, TimeInterval interval) {
        return new Appointment(a.id(), a.tenant(), a.branch(), a.service(), a.staff(), interval,
                List.of(new SegmentAssignment("main", "Haarschnitt", 1, 1, a.staff(), interval)),
                List.of(new Occupancy(a.staff(), interval, OccupancyKind.WORK)), a.customer(), a.notes(),
                a.status(), a.source(), a.sync(), a.compositeGroupId(), a.rescheduleCount() + 1, a.correlationId(),
                a.fromHold(), a.fencingToken(), a.createdAt(), a.updatedAt(), a.cancellationReason());
    }

    /** An active hold of {@code staff} over {@code interval}, placed at {@code now}, living {@code minutes}. */
    static Hold hold(TenantId tenant, StaffId staff, TimeInterval interval, String owner, Instant now, int minutes) {
        SegmentAssignment main = new SegmentAssignment("main", "Haarschnitt", 1, 1, staff, interval);
        return new Hold(new HoldToken(UUID.randomUUID()), tenant, BranchId.of("main"), ServiceId.of("cut"), staff,
                owner, interval, List.of(main), List.of(new Occupancy(staff, interval, OccupancyKind.WORK)), now,
                now.plus(Duration.ofMinutes(minutes)), HoldStatus.ACTIVE, Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
