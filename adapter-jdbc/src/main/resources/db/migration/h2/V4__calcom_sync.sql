-- Changes made in the external calendar that Termin applied: which appointment a booking uid belongs to and the
-- newest change applied, so that repeated and reordered webhook deliveries do nothing.
CREATE TABLE external_booking (
    tenant          varchar(64)   NOT NULL,
    uid             varchar(200)  NOT NULL,
    appointment_id  varchar(64),
    changed_at      timestamp(6) with time zone NOT NULL,
    PRIMARY KEY (tenant, uid)
);
