package dev.termin.booking.adapter.calcom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.termin.booking.application.port.out.ExternalBooking;
import dev.termin.booking.domain.appointment.AppointmentId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code metadata} Termin puts on every Cal.com booking, so a booking can be traced to its appointment and
 * segment and found again after a lost response. Respects Cal.com's limits: at most {@value #MAX_KEYS} keys, keys of
 * at most {@value #MAX_KEY_LENGTH} characters, values of at most {@value #MAX_VALUE_LENGTH} (longer values are cut;
 * the matching keys are ids of at most 64 characters and never cut).
 */
public final class BookingMetadata {

    public static final int MAX_KEYS = 50;
    public static final int MAX_KEY_LENGTH = 40;
    public static final int MAX_VALUE_LENGTH = 500;

    public static final String TENANT = "terminTenant";
    public static final String APPOINTMENT = "terminAppointmentId";
    public static final String SEGMENT_KEY = "terminSegmentKey";
    public static final String SEGMENT_LABEL = "terminSegment";
    public static final String SEGMENT_NAME = "terminSegmentName";
    public static final String SERVICE = "terminServiceId";
    public static final String BRANCH = "terminBranchId";
    public static final String STAFF = "terminStaffId";
    public static final String CORRELATION = "terminCorrelationId";

    private BookingMetadata() {
    }

    /** The metadata of one booking. */
    public static ObjectNode of(ExternalBooking b) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(TENANT, b.tenant().value());
        m.put(APPOINTMENT, b.appointment().value());
        m.put(SEGMENT_KEY, b.segmentKey());
        m.put(SEGMENT_LABEL, b.label());
        m.put(SEGMENT_NAME, b.segmentName());
        m.put(SERVICE, b.service().value());
        m.put(BRANCH, b.branch().value());
        m.put(STAFF, b.staff().value());
        m.put(CORRELATION, b.correlationId());
        return toJson(m);
    }

    /**
     * The map as a JSON object within Cal.com's limits.
     *
     * @throws IllegalArgumentException if there are too many keys or a key is too long
     */
    public static ObjectNode toJson(Map<String, String> entries) {
        if (entries.size() > MAX_KEYS) {
            throw new IllegalArgumentException("Cal.com allows at most " + MAX_KEYS + " metadata keys");
        }
        ObjectNode o = CalComJson.object();
        entries.forEach((k, v) -> {
            if (k.isEmpty() || k.length() > MAX_KEY_LENGTH) {
                throw new IllegalArgumentException("metadata key '" + k + "' must be 1 to " + MAX_KEY_LENGTH
                        + " characters");
            }
            o.put(k, v.length() > MAX_VALUE_LENGTH ? v.substring(0, MAX_VALUE_LENGTH) : v);
        });
        return o;
    }

    /** True when the metadata names this tenant's appointment and segment. */
    public static boolean matches(JsonNode metadata, TenantId tenant, AppointmentId appointment, String segmentKey) {
        return madeFor(metadata, tenant)
                && CalComJson.text(metadata, APPOINTMENT).filter(appointment.value()::equals).isPresent()
                && CalComJson.text(metadata, SEGMENT_KEY).filter(segmentKey::equals).isPresent();
    }

    /** The staff member named in the metadata, if any. */
    public static Optional<StaffId> staff(JsonNode metadata) {
        return CalComJson.text(metadata, STAFF).filter(s -> s.matches("[A-Za-z0-9._-]{1,64}")).map(StaffId::of);
    }

    /** True when Termin made the booking for this tenant. */
    public static boolean madeFor(JsonNode metadata, TenantId tenant) {
        return metadata != null && CalComJson.text(metadata, TENANT).filter(tenant.value()::equals).isPresent();
    }
}
