-- Notifications: outbound webhooks, counting notification steps, and a tenant's notification settings.
--
-- Outbound webhooks: a tenant's endpoints (with the secret their payloads are signed with; it must be kept in the
-- clear to compute the signature) and every delivery with its attempts, which is also the owner's delivery log.
CREATE TABLE webhook_subscription (
    tenant                varchar(64)   NOT NULL,
    id                    varchar(64)   NOT NULL,
    url                   varchar(2000) NOT NULL,
    events                varchar(1000) NOT NULL,
    secret                varchar(200)  NOT NULL,
    enabled               boolean       NOT NULL,
    consecutive_failures  integer       NOT NULL,
    disabled_reason       varchar(1000),
    created_at            timestamp(6) with time zone NOT NULL,
    PRIMARY KEY (tenant, id)
);

CREATE TABLE webhook_delivery (
    id               uuid          PRIMARY KEY,
    tenant           varchar(64)   NOT NULL,
    subscription     varchar(64)   NOT NULL,
    event            varchar(40)   NOT NULL,
    body             text          NOT NULL,
    status           varchar(16)   NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         integer       NOT NULL,
    next_attempt_at  timestamp(6) with time zone NOT NULL,
    last_status      integer,
    last_error       varchar(1000),
    created_at       timestamp(6) with time zone NOT NULL,
    finished_at      timestamp(6) with time zone,
    lease_until      timestamp(6) with time zone
);
-- the worker's claim, and the delivery log per tenant
CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_log ON webhook_delivery (tenant, created_at);

-- the operations view counts notifications sent, retried, failed and skipped per tenant over a window
CREATE INDEX flow_event_by_step ON flow_event (tenant, step, occurred_at);

-- a tenant's sender name, reply-to, language and owner address (JSON; NULL for companies stored before)
ALTER TABLE company ADD COLUMN notification_json character varying;
