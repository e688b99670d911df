-- Access control: tenants hosted without a restart, API keys stored only as the SHA-256 of their secret, the audit
-- log, and customers' manage tokens (also only hashed).
CREATE TABLE tenant_account (
    id                 varchar(64)   PRIMARY KEY,
    slug               varchar(63)   NOT NULL,
    name               varchar(200)  NOT NULL,
    zone               varchar(64)   NOT NULL,
    status             varchar(16)   NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    desk_may_override  boolean       NOT NULL,
    created_at         timestamptz   NOT NULL
);
CREATE UNIQUE INDEX tenant_account_slug ON tenant_account (slug);

CREATE TABLE api_key (
    id               varchar(64)   PRIMARY KEY,
    tenant           varchar(64)   NOT NULL REFERENCES tenant_account (id),
    secret_hash      varchar(128)  NOT NULL,
    role             varchar(16)   NOT NULL,
    label            varchar(100)  NOT NULL,
    created_at       timestamptz   NOT NULL,
    last_used_at     timestamptz,
    expires_at       timestamptz,
    revoked_at       timestamptz,
    allowed_origins  text          NOT NULL,
    display_prefix   varchar(32)   NOT NULL
);
-- every request looks its key up by this hash
CREATE UNIQUE INDEX api_key_secret_hash ON api_key (secret_hash);
CREATE INDEX api_key_by_tenant ON api_key (tenant, created_at);

CREATE TABLE audit_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant          varchar(64)   NOT NULL,
    at              timestamptz   NOT NULL,
    actor           varchar(300)  NOT NULL,
    role            varchar(16),
    action          varchar(64)   NOT NULL,
    target          varchar(200)  NOT NULL,
    correlation_id  varchar(128)  NOT NULL
);
CREATE INDEX audit_log_recent ON audit_log (tenant, at DESC, id DESC);

CREATE TABLE manage_token (
    token_hash      varchar(128)  PRIMARY KEY,
    tenant          varchar(64)   NOT NULL,
    appointment_id  varchar(64)   NOT NULL,
    expires_at      timestamptz   NOT NULL
);
CREATE INDEX manage_token_by_appointment ON manage_token (tenant, appointment_id);
CREATE INDEX manage_token_expiry ON manage_token (expires_at);
