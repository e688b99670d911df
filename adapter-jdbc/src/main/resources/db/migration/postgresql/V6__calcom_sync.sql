-- Changes made in the external calendar that Termin applied: which appointment a booking uid belongs to and the
-- newest change applied, so that repeated and reordered webhook deliveries do nothing.
CREATE TABLE external_booking (
    tenant          varchar(64)   NOT NULL,
    uid             varchar(200)  NOT NULL,
    appointment_id  varchar(64),
    changed_at      timestamptz   NOT NULL,
    PRIMARY KEY (tenant, uid)
);

-- Each tenant's Cal.com connection, managed by its owner; the API key and the webhook secret are sealed by the
-- server (AES-GCM with the master key named by the key id), never stored in the clear.
CREATE TABLE calendar_connection (
    tenant                 varchar(64)   PRIMARY KEY,
    base_url               varchar(500)  NOT NULL,
    api_key_id             varchar(32)   NOT NULL,
    api_key_sealed         varchar(4000) NOT NULL,
    webhook_key_id         varchar(32)   NOT NULL,
    webhook_secret_sealed  varchar(4000) NOT NULL,
    event_types            text,
    username               varchar(100),
    updated_at             timestamptz   NOT NULL
);

-- The event types Cal.com holds for the segments of composite services, so the mapping survives a restart.
CREATE TABLE mirrored_event_type (
    tenant          varchar(64)   NOT NULL,
    slug            varchar(200)  NOT NULL,
    branch          varchar(64)   NOT NULL,
    service         varchar(64)   NOT NULL,
    segment_key     varchar(64)   NOT NULL,
    event_type_id   bigint        NOT NULL,
    title           varchar(300),
    length_minutes  integer       NOT NULL,
    hidden          boolean       NOT NULL,
    PRIMARY KEY (tenant, slug)
);
