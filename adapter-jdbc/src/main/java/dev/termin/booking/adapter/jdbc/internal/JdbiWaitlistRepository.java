package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.WaitlistRepository;
import dev.termin.booking.domain.customer.Customer;
import dev.termin.booking.domain.customer.EmailAddress;
import dev.termin.booking.domain.customer.PhoneNumber;
import dev.termin.booking.domain.catalogue.BranchId;
import dev.termin.booking.domain.catalogue.ServiceId;
import dev.termin.booking.domain.catalogue.StaffId;
import dev.termin.booking.domain.catalogue.TenantId;
import dev.termin.booking.domain.time.TimeInterval;
import dev.termin.booking.domain.waitlist.WaitlistEntry;
import dev.termin.booking.domain.waitlist.WaitlistEntryId;
import dev.termin.booking.domain.waitlist.WaitlistFlexibility;
import dev.termin.booking.domain.waitlist.WaitlistStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link WaitlistRepository} on the {@code waitlist_entry} table; saves are upserts. Thread-safe. */
public final class JdbiWaitlistRepository implements WaitlistRepository {

    private static final List<String> COLUMNS = List.of("tenant", "id", "branch_id", "service_id", "staff_id",
            "customer_name", "customer_phone", "customer_email", "first_day", "last_day", "weekdays_json",
            "times_json", "priority", "created_at", "status", "offered_start", "offered_end", "offered_at", "any_staff",
            "compatible_service", "booking_page");

    private final Db db;

    public JdbiWaitlistRepository(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void save(WaitlistEntry e) {
        Objects.requireNonNull(e, "entry");
        Customer c = e.customer();
        db.run(h -> h.createUpdate(db.dialect().upsert("waitlist_entry", List.of("tenant", "id"), COLUMNS))
                .bind("tenant", e.tenant().value())
                .bind("id", e.id().value())
                .bind("branch_id", e.branch().value())
                .bind("service_id", e.service().value())
                .bind("staff_id", e.staff().map(StaffId::value).orElse(null))
                .bind("customer_name", Db.text(c.name()))
                .bind("customer_phone", c.phone().map(PhoneNumber::e164).orElse(null))
                .bind("customer_email", Db.text(c.email().map(EmailAddress::value).orElse(null)))
                .bind("first_day", e.firstDay())
                .bind("last_day", e.lastDay())
                .bind("weekdays_json", StoredJson.ids(e.weekdays(), DayOfWeek::name))
                .bind("times_json", StoredJson.windowList(e.times()))
                .bind("priority", e.priority())
                .bind("created_at", Db.ts(e.createdAt()))
                .bind("status", e.status().code())
                .bind("offered_start", Db.ts(e.offeredSlot().map(TimeInterval::start).orElse(null)))
                .bind("offered_end", Db.ts(e.offeredSlot().map(TimeInterval::end).orElse(null)))
                .bind("offered_at", Db.ts(e.offeredAt().orElse(null)))
                .bind("any_staff", e.flexibility().anyStaff())
                .bind("compatible_service", e.flexibility().compatibleService())
                .bind("booking_page", e.bookingPage().orElse(null))
                .execute());
    }

    @Override
    public Optional<WaitlistEntry> find(TenantId tenant, WaitlistEntryId id) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        return db.read(h -> h.createQuery("SELECT * FROM waitlist_entry WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant.value()).bind("id", id.value())
                .map((rs, ctx) -> entry(rs))
                .findOne());
    }

    @Override
    public List<WaitlistEntry> listOpen(TenantId tenant, Optional<ServiceId> service) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(service, "service");
        return db.read(h -> {
            var q = h.createQuery("SELECT * FROM waitlist_entry WHERE tenant = :tenant AND status <> 'removed'"
                            + (service.isPresent() ? " AND service_id = :service" : "")
                            + " ORDER BY created_at, " + db.dialect().binaryOrder("id"))
                    .bind("tenant", tenant.value());
            service.ifPresent(s -> q.bind("service", s.value()));
            return q.map((rs, ctx) -> entry(rs)).list();
        });
    }

    private static WaitlistEntry entry(ResultSet rs) throws SQLException {
        Optional<Instant> offeredStart = Rows.optionalInstant(rs, "offered_start");
        Optional<Instant> offeredEnd = Rows.optionalInstant(rs, "offered_end");
        Optional<TimeInterval> offered = offeredStart.isPresent() && offeredEnd.isPresent()
                ? Optional.of(new TimeInterval(offeredStart.get(), offeredEnd.get())) : Optional.empty();
        return new WaitlistEntry(new WaitlistEntryId(rs.getString("id")), new TenantId(rs.getString("tenant")),
                new BranchId(rs.getString("branch_id")), new ServiceId(rs.getString("service_id")),
                Rows.optionalText(rs, "staff_id").map(StaffId::new),
                new Customer(rs.getString("customer_name"),
                        Rows.optionalText(rs, "customer_phone").map(PhoneNumber::new),
                        Rows.optionalText(rs, "customer_email").map(EmailAddress::new)),
                Rows.date(rs, "first_day"), Rows.date(rs, "last_day"),
                new HashSet<>(StoredJson.ids(rs.getString("weekdays_json"), DayOfWeek::valueOf)),
                StoredJson.windowList(rs.getString("times_json")), rs.getInt("priority"), Rows.instant(rs, "created_at"),
                WaitlistStatus.fromCode(rs.getString("status")), offered, Rows.optionalInstant(rs, "offered_at"),
                new WaitlistFlexibility(rs.getBoolean("any_staff"), rs.getBoolean("compatible_service")),
                Rows.optionalText(rs, "booking_page"));
    }
}
