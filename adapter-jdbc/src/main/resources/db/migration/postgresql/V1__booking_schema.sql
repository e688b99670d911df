-- Termin booking store, PostgreSQL 14+. See docs/storage.md for the reasons behind every index and constraint.
-- Text limits follow the domain's checks: ids 64, names 200, notes and reasons 2000.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- ---------------------------------------------------------------- catalogue

CREATE TABLE company (
    tenant          varchar(64)  NOT NULL PRIMARY KEY,
    name            varchar(200) NOT NULL,
    policy_json     text         NOT NULL
);

CREATE TABLE branch (
    tenant              varchar(64)  NOT NULL,
    id                  varchar(64)  NOT NULL,
    name                varchar(200) NOT NULL,
    zone                varchar(64)  NOT NULL,
    opening_hours_json  text         NOT NULL,
    PRIMARY KEY (tenant, id)
);

CREATE TABLE staff (
    tenant              varchar(64)  NOT NULL,
    id                  varchar(64)  NOT NULL,
    branch_id           varchar(64)  NOT NULL,
    name                varchar(200) NOT NULL,
    aliases_json        text         NOT NULL,
    services_json       text         NOT NULL,
    working_hours_json  text         NOT NULL,
    breaks_json         text         NOT NULL,
    time_off_json       text         NOT NULL,
    active              boolean      NOT NULL,
    PRIMARY KEY (tenant, id)
);
CREATE INDEX staff_by_branch ON staff (tenant, branch_id, id);

-- One row per staff member ever locked: the target of StaffLocks (SELECT ... FOR UPDATE) and the fencing token.
-- Kept apart from the catalogue so that locks work before a staff member is saved and survive a delete.
CREATE TABLE staff_lock (
    tenant       varchar(64) NOT NULL,
    staff_id     varchar(64) NOT NULL,
    fence_token  bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant, staff_id)
);

CREATE TABLE service (
    tenant                 varchar(64)  NOT NULL,
    id                     varchar(64)  NOT NULL,
    name                   varchar(200) NOT NULL,
    aliases_json           text         NOT NULL,
    duration_seconds       bigint       NOT NULL,
    price_minor            bigint       NOT NULL,
    currency               varchar(3)   NOT NULL,
    buffer_before_seconds  bigint       NOT NULL,
    buffer_after_seconds   bigint       NOT NULL,
    slot_interval_seconds  bigint       NOT NULL,
    composite_json         text,
    policy_json            text         NOT NULL,
    active                 boolean      NOT NULL,
    PRIMARY KEY (tenant, id)
);

CREATE TABLE holiday (
    tenant            varchar(64)  NOT NULL,
    id                varchar(64)  NOT NULL,
    branch_id         varchar(64),
    name              varchar(200) NOT NULL,
    type              varchar(32)  NOT NULL,
    first_day         date         NOT NULL,
    last_day          date         NOT NULL,
    recurring_yearly  boolean      NOT NULL,
    staff_json        text         NOT NULL,
    PRIMARY KEY (tenant, id)
);

-- ---------------------------------------------------------------- appointments and holds

CREATE TABLE appointment (
    tenant                varchar(64)   NOT NULL,
    id                    varchar(64)   NOT NULL,
    branch_id             varchar(64)   NOT NULL,
    service_id            varchar(64)   NOT NULL,
    staff_id              varchar(64)   NOT NULL,
    starts_at             timestamptz   NOT NULL,
    ends_at               timestamptz   NOT NULL,
    segments_json         text          NOT NULL,
    customer_name         varchar(200)  NOT NULL,
    customer_phone        varchar(16),
    customer_email        varchar(254),
    notes                 varchar(2000) NOT NULL,
    status                varchar(16)   NOT NULL,
    source                varchar(16)   NOT NULL,
    sync_status           varchar(16)   NOT NULL,
    sync_attempts         integer       NOT NULL,
    sync_last_error       varchar(1000),
    sync_manual_review    boolean       NOT NULL,
    sync_last_attempt_at  timestamptz,
    external_refs_json    text          NOT NULL,
    composite_group_id    varchar(200),
    reschedule_count      integer       NOT NULL,
    correlation_id        varchar(200)  NOT NULL,
    from_hold             uuid,
    fencing_token         bigint        NOT NULL,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    cancellation_reason   varchar(2000),
    PRIMARY KEY (tenant, id),
    CHECK (ends_at > starts_at)
);
CREATE INDEX appointment_by_staff_start ON appointment (tenant, staff_id, starts_at);
CREATE INDEX appointment_by_start ON appointment (tenant, starts_at);
CREATE INDEX appointment_by_created ON appointment (tenant, created_at);
CREATE INDEX appointment_sync_open ON appointment (tenant)
    WHERE sync_status IN ('pending', 'failed') OR sync_manual_review;

CREATE TABLE hold (
    tenant         varchar(64)   NOT NULL,
    token          uuid          NOT NULL,
    branch_id      varchar(64)   NOT NULL,
    service_id     varchar(64)   NOT NULL,
    staff_id       varchar(64)   NOT NULL,
    hold_owner     varchar(200)  NOT NULL,
    starts_at      timestamptz   NOT NULL,
    ends_at        timestamptz   NOT NULL,
    segments_json  text          NOT NULL,
    created_at     timestamptz   NOT NULL,
    expires_at     timestamptz   NOT NULL,
    status         varchar(16)   NOT NULL,
    converted_to   varchar(64),
    cancel_reason  varchar(2000),
    closed_at      timestamptz,
    PRIMARY KEY (tenant, token),
    CHECK (ends_at > starts_at)
);
CREATE INDEX hold_due ON hold (status, expires_at);
CREATE INDEX hold_by_created ON hold (tenant, created_at);

-- Every occupancy of an appointment or a hold: the unit of the no-double-booking guarantee. Rows of cancelled
-- appointments and of holds that are no longer active (or expired) are kept with active = false.
CREATE TABLE occupancy (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant          varchar(64) NOT NULL,
    staff_id        varchar(64) NOT NULL,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    during          tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
    kind            varchar(16) NOT NULL CHECK (kind IN ('work', 'blocked_pause', 'flexible_pause')),
    appointment_id  varchar(64),
    hold_token      uuid,
    ordinal         integer     NOT NULL,
    active          boolean     NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK ((appointment_id IS NULL) <> (hold_token IS NULL)),
    FOREIGN KEY (tenant, appointment_id) REFERENCES appointment (tenant, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant, hold_token) REFERENCES hold (tenant, token) ON DELETE CASCADE,
    CONSTRAINT occupancy_no_overlap EXCLUDE USING gist (tenant WITH =, staff_id WITH =, during WITH &&)
        WHERE (active AND kind <> 'flexible_pause')
);
CREATE INDEX occupancy_by_staff_during ON occupancy USING gist (tenant, staff_id, during);
CREATE INDEX occupancy_by_appointment ON occupancy (tenant, appointment_id, ordinal) WHERE appointment_id IS NOT NULL;
CREATE INDEX occupancy_by_hold ON occupancy (tenant, hold_token, ordinal) WHERE hold_token IS NOT NULL;

-- ---------------------------------------------------------------- waitlist

CREATE TABLE waitlist_entry (
    tenant          varchar(64)  NOT NULL,
    id              varchar(64)  NOT NULL,
    branch_id       varchar(64)  NOT NULL,
    service_id      varchar(64)  NOT NULL,
    staff_id        varchar(64),
    customer_name   varchar(200) NOT NULL,
    customer_phone  varchar(16),
    customer_email  varchar(254),
    first_day       date         NOT NULL,
    last_day        date         NOT NULL,
    weekdays_json   text         NOT NULL,
    times_json      text         NOT NULL,
    priority        integer      NOT NULL,
    created_at      timestamptz  NOT NULL,
    status          varchar(16)  NOT NULL,
    offered_start   timestamptz,
    offered_end     timestamptz,
    offered_at      timestamptz,
    PRIMARY KEY (tenant, id)
);
CREATE INDEX waitlist_open ON waitlist_entry (tenant, service_id, created_at) WHERE status <> 'removed';

-- ---------------------------------------------------------------- outbox, idempotency, flow log

CREATE TABLE outbox (
    id               uuid        NOT NULL PRIMARY KEY,
    tenant           varchar(64) NOT NULL,
    kind             varchar(40) NOT NULL,
    appointment_id   varchar(64) NOT NULL,
    payload          text        NOT NULL,
    attempts         integer     NOT NULL,
    next_attempt_at  timestamptz NOT NULL,
    last_error       text,
    created_at       timestamptz NOT NULL,
    state            varchar(16) NOT NULL,
    lease_until      timestamptz
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state = 'pending';

CREATE TABLE idempotency (
    tenant       varchar(64)  NOT NULL,
    idem_key     varchar(255) NOT NULL,
    fingerprint  varchar(512) NOT NULL,
    state        varchar(16)  NOT NULL,
    response     text,
    created_at   timestamptz  NOT NULL,
    claimed_at   timestamptz  NOT NULL,
    expires_at   timestamptz  NOT NULL,
    PRIMARY KEY (tenant, idem_key)
);
CREATE INDEX idempotency_expiry ON idempotency (expires_at);

CREATE TABLE flow_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant          varchar(64)   NOT NULL,
    correlation_id  varchar(200)  NOT NULL,
    occurred_at     timestamptz   NOT NULL,
    step            varchar(100)  NOT NULL,
    detail          varchar(1000) NOT NULL
);
CREATE INDEX flow_event_by_correlation ON flow_event (tenant, correlation_id, id);
