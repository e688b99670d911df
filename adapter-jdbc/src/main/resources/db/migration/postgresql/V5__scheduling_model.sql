-- The scheduling model: company scheduling settings, staff date exceptions, service resources / staff count / grid /
-- daily maximum, attendance changes, partial-day blocks, resource types with their units, and resource occupancies
-- with the no-over-use guarantee. See docs/storage.md.

ALTER TABLE company ADD COLUMN scheduling_json text;
ALTER TABLE staff ADD COLUMN date_exceptions_json text NOT NULL DEFAULT '[]';
ALTER TABLE service ADD COLUMN resources_json text NOT NULL DEFAULT '[]';
ALTER TABLE service ADD COLUMN staff_count integer NOT NULL DEFAULT 1 CHECK (staff_count BETWEEN 1 AND 10);
ALTER TABLE service ADD COLUMN grid varchar(16) NOT NULL DEFAULT 'clock' CHECK (grid IN ('clock', 'free_range'));
ALTER TABLE service ADD COLUMN max_per_day integer CHECK (max_per_day >= 1);
ALTER TABLE appointment ADD COLUMN status_changes_json text NOT NULL DEFAULT '[]';

-- The desk's "how often did this customer not come": by phone number or e-mail address.
CREATE INDEX appointment_by_phone ON appointment (tenant, customer_phone) WHERE customer_phone IS NOT NULL;
CREATE INDEX appointment_by_email ON appointment (tenant, lower(customer_email)) WHERE customer_email IS NOT NULL;

CREATE TABLE time_block (
    tenant      varchar(64)  NOT NULL,
    id          varchar(64)  NOT NULL,
    branch_id   varchar(64)  NOT NULL,
    block_date  date         NOT NULL,
    from_time   time         NOT NULL,
    to_time     time         NOT NULL,
    staff_json  text         NOT NULL,
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

-- One row per unit (1..unit_count) of a resource type: every resource occupancy names the unit it takes.
CREATE TABLE resource_unit (
    tenant     varchar(64) NOT NULL,
    branch_id  varchar(64) NOT NULL,
    type_id    varchar(64) NOT NULL,
    unit       integer     NOT NULL CHECK (unit >= 1),
    PRIMARY KEY (tenant, branch_id, type_id, unit),
    FOREIGN KEY (tenant, branch_id, type_id) REFERENCES resource_type (tenant, branch_id, id) ON DELETE CASCADE
);

-- One row per unit an appointment or hold takes; rows of cancelled appointments and of holds no longer active are
-- kept with active = false. A unit serves one booking at a time: no two active rows of one unit overlap.
CREATE TABLE resource_occupancy (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant          varchar(64) NOT NULL,
    branch_id       varchar(64) NOT NULL,
    type_id         varchar(64) NOT NULL,
    unit            integer     NOT NULL,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    during          tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
    appointment_id  varchar(64),
    hold_token      uuid,
    ordinal         integer     NOT NULL,
    active          boolean     NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK ((appointment_id IS NULL) <> (hold_token IS NULL)),
    FOREIGN KEY (tenant, branch_id, type_id, unit) REFERENCES resource_unit (tenant, branch_id, type_id, unit)
        ON DELETE CASCADE,
    FOREIGN KEY (tenant, appointment_id) REFERENCES appointment (tenant, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant, hold_token) REFERENCES hold (tenant, token) ON DELETE CASCADE,
    CONSTRAINT resource_unit_no_overlap EXCLUDE USING gist
        (tenant WITH =, branch_id WITH =, type_id WITH =, unit WITH =, during WITH &&) WHERE (active)
);
CREATE INDEX resource_occupancy_by_type_during ON resource_occupancy USING gist (tenant, branch_id, type_id, during);
CREATE INDEX resource_occupancy_by_appointment ON resource_occupancy (tenant, appointment_id)
    WHERE appointment_id IS NOT NULL;
CREATE INDEX resource_occupancy_by_hold ON resource_occupancy (tenant, hold_token) WHERE hold_token IS NOT NULL;
