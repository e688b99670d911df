package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.TenantAccountRepository;
import dev.termin.booking.domain.access.AccessPolicy;
import dev.termin.booking.domain.access.TenantAccount;
import dev.termin.booking.domain.access.TenantStatus;
import dev.termin.booking.domain.catalogue.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link TenantAccountRepository} on the {@code tenant_account} table (unique id and slug). Thread-safe. */
public final class JdbiTenantAccountRepository implements TenantAccountRepository {

    static final String COLUMNS = "id, slug, name, zone, status, desk_may_override, created_at";

    private final Db db;

    public JdbiTenantAccountRepository(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public boolean add(TenantAccount account) {
        Objects.requireNonNull(account, "account");
        return db.write(h -> UniqueInserts.insert(db.dialect(), h, "INSERT INTO tenant_account (" + COLUMNS
                        + ") VALUES (:id, :slug, :name, :zone, :status, :desk, :created)",
                u -> u.bind("id", account.id().value())
                        .bind("slug", account.slug())
                        .bind("name", Db.text(account.name()))
                        .bind("zone", account.zone().getId())
                        .bind("status", account.status().name())
                        .bind("desk", account.policy().deskMayOverrideDeadlines())
                        .bind("created", Db.ts(account.created()))));
    }

    @Override
    public Optional<TenantAccount> find(TenantId id) {
        Objects.requireNonNull(id, "id");
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM tenant_account WHERE id = :id")
                .bind("id", id.value()).map(JdbiTenantAccountRepository::row).findOne());
    }

    @Override
    public Optional<TenantAccount> findBySlug(String slug) {
        Objects.requireNonNull(slug, "slug");
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM tenant_account WHERE slug = :slug")
                .bind("slug", slug).map(JdbiTenantAccountRepository::row).findOne());
    }

    @Override
    public List<TenantAccount> list() {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM tenant_account ORDER BY "
                + db.dialect().binaryOrder("slug")).map(JdbiTenantAccountRepository::row).list());
    }

    @Override
    public boolean update(TenantAccount account) {
        Objects.requireNonNull(account, "account");
        return db.write(h -> h.createUpdate("UPDATE tenant_account SET name = :name, zone = :zone, status = :status, "
                        + "desk_may_override = :desk WHERE id = :id")
                .bind("name", Db.text(account.name()))
                .bind("zone", account.zone().getId())
                .bind("status", account.status().name())
                .bind("desk", account.policy().deskMayOverrideDeadlines())
                .bind("id", account.id().value())
                .execute()) == 1;
    }

    private static TenantAccount row(ResultSet rs, StatementContext ctx) throws SQLException {
        return row(rs, "");
    }

    /** The account in the columns of {@link #COLUMNS}, each named with {@code prefix} before it. */
    static TenantAccount row(ResultSet rs, String prefix) throws SQLException {
        return new TenantAccount(TenantId.of(rs.getString(prefix + "id")), rs.getString(prefix + "slug"),
                rs.getString(prefix + "name"), ZoneId.of(rs.getString(prefix + "zone")),
                TenantStatus.valueOf(rs.getString(prefix + "status")), Rows.instant(rs, prefix + "created_at"),
                new AccessPolicy(rs.getBoolean(prefix + "desk_may_override")));
    }
}
