-- The scheduling model, as PostgreSQL's V5. H2 has no exclusion constraints: the resource type row is locked and
-- the units re-checked before resource occupancies are written (see docs/storage.md).

ALTER TABLE company ADD COLUMN scheduling_json character varying;
ALTER TABLE staff ADD COLUMN date_exceptions_json character varying DEFAULT '[]' NOT NULL;
ALTER TABLE service ADD COLUMN resources_json character varying DEFAULT '[]' NOT NULL;
ALTER TABLE service ADD COLUMN staff_count integer DEFAULT 1 NOT NULL CHECK (staff_count BETWEEN 1 AND 10);
ALTER TABLE service ADD COLUMN grid varchar(16) DEFAULT 'clock' NOT NULL CHECK (grid IN ('clock', 'free_range'));
ALTER TABLE service ADD COLUMN max_per_day integer CHECK (max_per_day >= 1);
ALTER TABLE appointment ADD COLUMN status_changes_json character varying DEFAULT '[]' NOT NULL;

CREATE INDEX appointment_by_phone ON appointment (tenant, customer_phone);
CREATE INDEX appointment_by_email ON appointment (tenant, customer_email);

CREATE TABLE time_block (
    tenant      varchar(64)  NOT NULL,
    id          varchar(64)  NOT NULL,
    branch_id   varchar(64)  NOT NULL,
    block_date  date         NOT NULL,
    from_time   time         NOT NULL,
    to_time     time         NOT NULL,
    staff_json  character varying NOT NULL,
    name        varchar(200) NOT NULL,
    PRIMARY KEY (tenant, id),
    FOREIGN KEY (tenant, branch_id) REFERENCES branch (tenant, id) ON DELETE CASCADE
);
CREATE INDEX time_block_by_branch ON time_block (tenant, branch_id, block_date);

CREATE TABLE resource_type (
    tenant      varchar(64)  NOT NULL,
    branch_id   varchar(64)  NOT NULL,
    id          varchar(64)  NOT NULL,
    name        varchar(200) NOT NULL,
    unit_count  integer      NOT NULL CHECK (unit_count BETWEEN 1 AND 1000),
    PRIMARY KEY (tenant, branch_id, id)
);

CREATE TABLE resource_unit (
    tenant     varchar(64) NOT NULL,
    branch_id  varchar(64) NOT NULL,
    type_id    varchar(64) NOT NULL,
    unit       integer     NOT NULL CHECK (unit >= 1),
    PRIMARY KEY (tenant, branch_id, type_id, unit),
    FOREIGN KEY (tenant, branch_id, type_id) REFERENCES resource_type (tenant, branch_id, id) ON DELETE CASCADE
);

CREATE TABLE resource_occupancy (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant          varchar(64) NOT NULL,
    branch_id       varchar(64) NOT NULL,
    type_id         varchar(64) NOT NULL,
    unit            integer     NOT NULL,
    starts_at       timestamp(6) with time zone NOT NULL,
    ends_at         timestamp(6) with time zone NOT NULL,
    appointment_id  varchar(64),
    hold_token      uuid,
    ordinal         integer     NOT NULL,
    active          boolean     NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK ((appointment_id IS NULL) <> (hold_token IS NULL)),
    FOREIGN KEY (tenant, branch_id, type_id, unit) REFERENCES resource_unit (tenant, branch_id, type_id, unit)
        ON DELETE CASCADE,
    FOREIGN KEY (tenant, appointment_id) REFERENCES appointment (tenant, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant, hold_token) REFERENCES hold (tenant, token) ON DELETE CASCADE
);
CREATE INDEX resource_occupancy_by_type_start ON resource_occupancy (tenant, branch_id, type_id, starts_at);
CREATE INDEX resource_occupancy_by_appointment ON resource_occupancy (tenant, appointment_id);
CREATE INDEX resource_occupancy_by_hold ON resource_occupancy (tenant, hold_token);
