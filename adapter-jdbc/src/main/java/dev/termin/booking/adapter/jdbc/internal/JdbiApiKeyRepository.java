package dev.termin.booking.adapter.jdbc.internal;

import dev.termin.booking.application.port.out.ApiKeyRepository;
import dev.termin.booking.domain.access.ApiKey;
import dev.termin.booking.domain.access.ApiKeyId;
import dev.termin.booking.domain.access.Role;
import dev.termin.booking.domain.catalogue.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link ApiKeyRepository} on the {@code api_key} table: a unique index on the secret's hash serves the lookup of
 * every request; allowed origins are kept space-separated (an origin has no spaces). Thread-safe.
 */
public final class JdbiApiKeyRepository implements ApiKeyRepository {

    private static final String COLUMNS = "id, tenant, role, label, created_at, last_used_at, expires_at, revoked_at, "
            + "allowed_origins, display_prefix";
    /** {@link #COLUMNS} of the key aliased {@code k}, then its tenant's account's, each named {@code t_…}. */
    private static final String KEY_AND_TENANT_COLUMNS = Arrays.stream(COLUMNS.split(", ")).map(c -> "k." + c)
            .collect(Collectors.joining(", ")) + ", "
            + Arrays.stream(JdbiTenantAccountRepository.COLUMNS.split(", ")).map(c -> "t." + c + " AS t_" + c)
                    .collect(Collectors.joining(", "));

    private final Db db;

    public JdbiApiKeyRepository(Db db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public boolean add(ApiKey key, String secretHash) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secretHash, "secretHash");
        return db.write(h -> UniqueInserts.insert(db.dialect(), h, "INSERT INTO api_key (" + COLUMNS + ", secret_hash) "
                        + "VALUES (:id, :tenant, :role, :label, :created, :lastUsed, :expires, :revoked, :origins, "
                        + ":prefix, :hash)",
                u -> u.bind("id", key.id().value())
                        .bind("tenant", key.tenant().value())
                        .bind("role", key.role().code())
                        .bind("label", Db.text(key.label()))
                        .bind("created", Db.ts(key.created()))
                        .bind("lastUsed", Db.ts(key.lastUsed().orElse(null)))
                        .bind("expires", Db.ts(key.expiresAt().orElse(null)))
                        .bind("revoked", Db.ts(key.revokedAt().orElse(null)))
                        .bind("origins", String.join(" ", new TreeSet<>(key.allowedOrigins())))
                        .bind("prefix", Db.text(key.displayPrefix()))
                        .bind("hash", Db.text(secretHash))));
    }

    @Override
    public Optional<ApiKey> findByHash(String secretHash) {
        Objects.requireNonNull(secretHash, "secretHash");
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_key WHERE secret_hash = :hash")
                .bind("hash", Db.text(secretHash)).map(JdbiApiKeyRepository::row).findOne());
    }

    @Override
    public Optional<KeyHolder> findByHashWithTenant(String secretHash) {
        Objects.requireNonNull(secretHash, "secretHash");
        return db.read(h -> h.createQuery("SELECT " + KEY_AND_TENANT_COLUMNS
                        + " FROM api_key k LEFT JOIN tenant_account t ON t.id = k.tenant WHERE k.secret_hash = :hash")
                .bind("hash", Db.text(secretHash))
                .map((rs, ctx) -> new KeyHolder(row(rs, ctx), rs.getString("t_id") == null ? Optional.empty()
                        : Optional.of(JdbiTenantAccountRepository.row(rs, "t_"))))
                .findOne());
    }

    @Override
    public Optional<ApiKey> find(TenantId tenant, ApiKeyId id) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_key WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant.value()).bind("id", id.value()).map(JdbiApiKeyRepository::row).findOne());
    }

    @Override
    public List<ApiKey> list(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_key WHERE tenant = :tenant ORDER BY "
                        + "created_at, " + db.dialect().binaryOrder("id"))
                .bind("tenant", tenant.value()).map(JdbiApiKeyRepository::row).list());
    }

    @Override
    public Optional<ApiKey> revoke(TenantId tenant, ApiKeyId id, Instant at) {
        Objects.requireNonNull(at, "at");
        return db.write(h -> {
            h.createUpdate("UPDATE api_key SET revoked_at = :at WHERE tenant = :tenant AND id = :id "
                            + "AND revoked_at IS NULL")
                    .bind("at", Db.ts(at)).bind("tenant", tenant.value()).bind("id", id.value()).execute();
            return find(tenant, id);
        });
    }

    @Override
    public void recordUse(ApiKeyId id, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        db.run(h -> h.createUpdate("UPDATE api_key SET last_used_at = :at WHERE id = :id "
                        + "AND (last_used_at IS NULL OR last_used_at < :at)")
                .bind("at", Db.ts(at)).bind("id", id.value()).execute());
    }

    private static ApiKey row(ResultSet rs, StatementContext ctx) throws SQLException {
        String origins = rs.getString("allowed_origins");
        Set<String> allowed = origins.isEmpty() ? Set.of()
                : Arrays.stream(origins.split(" ")).collect(Collectors.toUnmodifiableSet());
        return new ApiKey(ApiKeyId.of(rs.getString("id")), TenantId.of(rs.getString("tenant")),
                Role.parse(rs.getString("role")).orElseThrow(() -> new SQLException("unknown role in api_key")),
                rs.getString("label"), Rows.instant(rs, "created_at"), Rows.optionalInstant(rs, "last_used_at"),
                Rows.optionalInstant(rs, "expires_at"), Rows.optionalInstant(rs, "revoked_at"), allowed,
                rs.getString("display_prefix"));
    }
}
