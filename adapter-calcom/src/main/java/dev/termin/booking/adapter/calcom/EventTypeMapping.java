package dev.termin.booking.adapter.calcom;

import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which Cal.com event types stand for a tenant's staff members and plain services, parsed from (and printable as) a
 * compact string such as {@code staff:maria=101@maria;service:cut=300;service:cut/emma=302}.
 *
 * <p>Entries are separated by {@code ;}, {@code ,} or line breaks; blanks around them are ignored:
 * <ul>
 *   <li>{@code staff:<staffId>=<eventTypeId>} the staff member's own event type (every booking on it makes them
 *       busy); {@code staff:<staffId>=<eventTypeId>@<username>} also names their Cal.com user, and
 *       {@code staff:<staffId>=@<username>} names only the user;</li>
 *   <li>{@code service:<serviceId>=<eventTypeId>} the event type a plain service is booked on (shared by all staff;
 *       its bookings make busy the staff members whose username is among the booking's hosts);</li>
 *   <li>{@code service:<serviceId>/<staffId>=<eventTypeId>} the event type of that service for that staff member
 *       (the staff member's own, like a {@code staff:} entry).</li>
 * </ul>
 * A plain service booked with a staff member uses, in this order, the service-and-staff entry, the service entry,
 * the staff entry. Composite services are booked on segment event types (see {@link SegmentEventTypes}) instead.
 *
 * <p>Immutable and thread-safe. The empty mapping maps nothing.
 */
public final class EventTypeMapping {

    private static final String ID = "[A-Za-z0-9._-]{1,64}";

    private final Map<StaffId, Long> staffEventTypes;
    private final Map<StaffId, String> usernames;
    private final Map<ServiceId, Long> serviceEventTypes;
    private final Map<ServiceId, Map<StaffId, Long>> serviceStaffEventTypes;

    private EventTypeMapping(Builder b) {
        this.staffEventTypes = Collections.unmodifiableMap(new TreeMap<>(b.staffEventTypes));
        this.usernames = Collections.unmodifiableMap(new TreeMap<>(b.usernames));
        this.serviceEventTypes = Collections.unmodifiableMap(new TreeMap<>(b.serviceEventTypes));
        Map<ServiceId, Map<StaffId, Long>> perStaff = new TreeMap<>();
        b.serviceStaffEventTypes.forEach((k, v) -> perStaff.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        this.serviceStaffEventTypes = Collections.unmodifiableMap(perStaff);
    }

    /** A mapping without entries. */
    public static EventTypeMapping empty() {
        return builder().build();
    }

    /** A builder for a mapping; not thread-safe. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses the compact form described in the class comment; {@code null} or blank gives the empty mapping.
     *
     * @throws IllegalArgumentException if an entry is malformed or an id is given twice
     */
    public static EventTypeMapping parse(String compact) {
        Builder b = builder();
        if (compact == null || compact.isBlank()) {
            return b.build();
        }
        for (String raw : compact.split("[;,\\n]")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw malformed(entry, "missing '='");
            }
            String key = entry.substring(0, eq).strip();
            String value = entry.substring(eq + 1).strip();
            if (key.startsWith("staff:")) {
                String staff = key.substring("staff:".length());
                requireId(staff, entry);
                int at = value.indexOf('@');
                String id = at < 0 ? value : value.substring(0, at).strip();
                if (!id.isEmpty()) {
                    b.staff(StaffId.of(staff), eventTypeId(id, entry));
                }
                if (at >= 0) {
                    b.username(StaffId.of(staff), value.substring(at + 1).strip());
                } else if (id.isEmpty()) {
                    throw malformed(entry, "a staff entry needs an event type id or @username");
                }
            } else if (key.startsWith("service:")) {
                String rest = key.substring("service:".length());
                int slash = rest.indexOf('/');
                if (slash < 0) {
                    requireId(rest, entry);
                    b.service(ServiceId.of(rest), eventTypeId(value, entry));
                } else {
                    requireId(rest.substring(0, slash), entry);
                    requireId(rest.substring(slash + 1), entry);
                    b.service(ServiceId.of(rest.substring(0, slash)), StaffId.of(rest.substring(slash + 1)),
                            eventTypeId(value, entry));
                }
            } else {
                throw malformed(entry, "an entry starts with 'staff:' or 'service:'");
            }
        }
        return b.build();
    }

    /** The event type a plain service is booked on with this staff member, if mapped. */
    public Optional<Long> eventTypeFor(ServiceId service, StaffId staff) {
        Long perStaff = serviceStaffEventTypes.getOrDefault(service, Map.of()).get(staff);
        if (perStaff != null) {
            return Optional.of(perStaff);
        }
        return Optional.ofNullable(serviceEventTypes.get(service)).or(() -> Optional.ofNullable(
                staffEventTypes.get(staff)));
    }

    /** The staff member's Cal.com username, if mapped. */
    public Optional<String> username(StaffId staff) {
        return Optional.ofNullable(usernames.get(staff));
    }

    /** The event types that belong to this staff member alone (their staff entry and service-and-staff entries). */
    public Set<Long> ownEventTypes(StaffId staff) {
        Set<Long> ids = new LinkedHashSet<>();
        if (staffEventTypes.containsKey(staff)) {
            ids.add(staffEventTypes.get(staff));
        }
        serviceStaffEventTypes.values().forEach(m -> {
            if (m.containsKey(staff)) {
                ids.add(m.get(staff));
            }
        });
        return Collections.unmodifiableSet(ids);
    }

    /**
     * The staff member a booking on this event type belongs to: the one whose own event type it is (a staff entry,
     * or a service-and-staff entry).
     */
    public Optional<StaffId> staffOwning(long eventTypeId) {
        Optional<StaffId> own = staffEventTypes.entrySet().stream().filter(e -> e.getValue() == eventTypeId)
                .map(Map.Entry::getKey).findFirst();
        return own.or(() -> serviceStaffEventTypes.values().stream().flatMap(m -> m.entrySet().stream())
                .filter(e -> e.getValue() == eventTypeId).map(Map.Entry::getKey).findFirst());
    }

    /** The plain service booked on this event type, if one is mapped to it. */
    public Optional<ServiceId> serviceOn(long eventTypeId) {
        Optional<ServiceId> shared = serviceEventTypes.entrySet().stream().filter(e -> e.getValue() == eventTypeId)
                .map(Map.Entry::getKey).findFirst();
        return shared.or(() -> serviceStaffEventTypes.entrySet().stream()
                .filter(e -> e.getValue().containsValue(eventTypeId)).map(Map.Entry::getKey).findFirst());
    }

    /** The staff member with this Cal.com username, if mapped. */
    public Optional<StaffId> staffWithUsername(String username) {
        return usernames.entrySet().stream().filter(e -> e.getValue().equals(username)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** The event types of plain services shared by all staff (service entries without a staff member). */
    public Set<Long> sharedEventTypes() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(serviceEventTypes.values()));
    }

    /** Every event type mapped, staff members' own and shared. */
    public Set<Long> allEventTypes() {
        Set<Long> ids = new LinkedHashSet<>(staffEventTypes.values());
        ids.addAll(serviceEventTypes.values());
        serviceStaffEventTypes.values().forEach(m -> ids.addAll(m.values()));
        return Collections.unmodifiableSet(ids);
    }

    /** True when nothing is mapped. */
    public boolean isEmpty() {
        return staffEventTypes.isEmpty() && usernames.isEmpty() && serviceEventTypes.isEmpty()
                && serviceStaffEventTypes.isEmpty();
    }

    /** The compact form, which {@link #parse} reads back into an equal mapping. */
    public String toCompactString() {
        Set<String> entries = new LinkedHashSet<>();
        Set<StaffId> staff = new java.util.TreeSet<>(staffEventTypes.keySet());
        staff.addAll(usernames.keySet());
        for (StaffId s : staff) {
            entries.add("staff:" + s + "=" + (staffEventTypes.containsKey(s) ? staffEventTypes.get(s) : "")
                    + (usernames.containsKey(s) ? "@" + usernames.get(s) : ""));
        }
        serviceEventTypes.forEach((s, id) -> entries.add("service:" + s + "=" + id));
        serviceStaffEventTypes.forEach((s, m) -> m.forEach((p, id) -> entries.add("service:" + s + "/" + p + "="
                + id)));
        return String.join(";", entries);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventTypeMapping m && staffEventTypes.equals(m.staffEventTypes)
                && usernames.equals(m.usernames) && serviceEventTypes.equals(m.serviceEventTypes)
                && serviceStaffEventTypes.equals(m.serviceStaffEventTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(staffEventTypes, usernames, serviceEventTypes, serviceStaffEventTypes);
    }

    @Override
    public String toString() {
        return "EventTypeMapping[" + toCompactString() + "]";
    }

    private static long eventTypeId(String text, String entry) {
        try {
            long id = Long.parseLong(text.strip());
            if (id <= 0) {
                throw malformed(entry, "event type ids are positive numbers");
            }
            return id;
        } catch (NumberFormatException e) {
            throw malformed(entry, "'" + text + "' is not an event type id");
        }
    }

    private static void requireId(String id, String entry) {
        if (!id.matches(ID)) {
            throw malformed(entry, "'" + id + "' is not a valid id");
        }
    }

    private static IllegalArgumentException malformed(String entry, String why) {
        return new IllegalArgumentException("event type mapping entry '" + entry + "': " + why);
    }

    /** Collects the entries of a mapping; not thread-safe. Giving the same key twice is an error. */
    public static final class Builder {
        private final Map<StaffId, Long> staffEventTypes = new LinkedHashMap<>();
        private final Map<StaffId, String> usernames = new LinkedHashMap<>();
        private final Map<ServiceId, Long> serviceEventTypes = new LinkedHashMap<>();
        private final Map<ServiceId, Map<StaffId, Long>> serviceStaffEventTypes = new LinkedHashMap<>();

        private Builder() {
        }

        /** The staff member's own event type. */
        public Builder staff(StaffId staff, long eventTypeId) {
            put(staffEventTypes, Objects.requireNonNull(staff, "staff"), positive(eventTypeId), "staff:" + staff);
            return this;
        }

        /** The staff member's Cal.com username (matched against booking hosts). */
        public Builder username(StaffId staff, String username) {
            Objects.requireNonNull(username, "username");
            if (username.isBlank() || username.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("username must be non-blank without spaces: '" + username + "'");
            }
            put(usernames, Objects.requireNonNull(staff, "staff"), username, "username of " + staff);
            return this;
        }

        /** The event type of a plain service, shared by all staff. */
        public Builder service(ServiceId service, long eventTypeId) {
            put(serviceEventTypes, Objects.requireNonNull(service, "service"), positive(eventTypeId),
                    "service:" + service);
            return this;
        }

        /** The event type of a plain service for one staff member. */
        public Builder service(ServiceId service, StaffId staff, long eventTypeId) {
            Objects.requireNonNull(service, "service");
            put(serviceStaffEventTypes.computeIfAbsent(service, k -> new LinkedHashMap<>()),
                    Objects.requireNonNull(staff, "staff"), positive(eventTypeId), "service:" + service + "/" + staff);
            return this;
        }

        public EventTypeMapping build() {
            return new EventTypeMapping(this);
        }

        private static <K, V> void put(Map<K, V> map, K key, V value, String what) {
            if (map.putIfAbsent(key, value) != null) {
                throw new IllegalArgumentException(what + " is mapped twice");
            }
        }

        private static long positive(long id) {
            if (id <= 0) {
                throw new IllegalArgumentException("event type ids are positive numbers: " + id);
            }
            return id;
        }
    }
}
