-- Nothing points at a missing catalogue row: appointments, their occupancies, holds and waitlist entries refer to
-- their branch, service and staff by foreign key (per tenant, so one tenant's rows never satisfy another's), with
-- ON DELETE RESTRICT: the engine's safe delete (409 with the affected appointments, or cancel / reassign /
-- deactivate) decides first; the keys refuse whatever reaches the database around it. Branches can be deactivated.
-- See docs/storage.md (Migrations: V7).

ALTER TABLE branch ADD COLUMN active boolean NOT NULL DEFAULT true;

-- Rows orphaned before V7 (a deletion that answered 204 and left its appointments behind) keep their history:
-- each missing branch, service or staff member they name comes back as a deactivated placeholder named after its
-- id, so the keys can be added on a database with data and the appointments still read.
INSERT INTO branch (tenant, id, name, zone, opening_hours_json, active)
SELECT r.tenant, r.id, r.id, 'UTC', '{"weekly":{},"overrides":[]}', false
FROM (SELECT tenant, branch_id AS id FROM appointment
      UNION SELECT tenant, branch_id FROM hold
      UNION SELECT tenant, branch_id FROM waitlist_entry
      UNION SELECT tenant, branch_id FROM staff
      UNION SELECT tenant, branch_id FROM resource_type) r
WHERE NOT EXISTS (SELECT 1 FROM branch b WHERE b.tenant = r.tenant AND b.id = r.id);

INSERT INTO service (tenant, id, name, aliases_json, duration_seconds, price_minor, currency, buffer_before_seconds,
                     buffer_after_seconds, slot_interval_seconds, composite_json, policy_json, active)
SELECT r.tenant, r.id, r.id, '[]', 1800, 0, 'EUR', 0, 0, 900, NULL, '{}', false
FROM (SELECT tenant, service_id AS id FROM appointment
      UNION SELECT tenant, service_id FROM hold
      UNION SELECT tenant, service_id FROM waitlist_entry) r
WHERE NOT EXISTS (SELECT 1 FROM service s WHERE s.tenant = r.tenant AND s.id = r.id);

INSERT INTO staff (tenant, id, branch_id, name, aliases_json, services_json, working_hours_json, breaks_json,
                   time_off_json, active)
SELECT r.tenant, r.id, MIN(r.branch_id), r.id, '[]', '[]', '{}', '{}', '[]', false
FROM (SELECT tenant, staff_id AS id, branch_id FROM appointment
      UNION SELECT tenant, staff_id, branch_id FROM hold
      UNION SELECT o.tenant, o.staff_id, a.branch_id FROM occupancy o
            JOIN appointment a ON a.tenant = o.tenant AND a.id = o.appointment_id
      UNION SELECT o.tenant, o.staff_id, h.branch_id FROM occupancy o
            JOIN hold h ON h.tenant = o.tenant AND h.token = o.hold_token
      UNION SELECT tenant, staff_id, branch_id FROM waitlist_entry WHERE staff_id IS NOT NULL) r
WHERE NOT EXISTS (SELECT 1 FROM staff s WHERE s.tenant = r.tenant AND s.id = r.id)
GROUP BY r.tenant, r.id;

-- the deletes these keys guard look the referencing rows up by these (created first, so that H2 uses them
-- for its keys instead of adding indexes of its own)
CREATE INDEX appointment_by_service ON appointment (tenant, service_id);
CREATE INDEX appointment_by_branch ON appointment (tenant, branch_id);
CREATE INDEX hold_by_staff ON hold (tenant, staff_id);
CREATE INDEX hold_by_service ON hold (tenant, service_id);
CREATE INDEX hold_by_branch ON hold (tenant, branch_id);
CREATE INDEX waitlist_by_branch ON waitlist_entry (tenant, branch_id);
CREATE INDEX waitlist_by_staff ON waitlist_entry (tenant, staff_id);

ALTER TABLE staff ADD CONSTRAINT staff_branch_fk
    FOREIGN KEY (tenant, branch_id) REFERENCES branch (tenant, id) ON DELETE RESTRICT;

ALTER TABLE appointment ADD CONSTRAINT appointment_branch_fk
    FOREIGN KEY (tenant, branch_id) REFERENCES branch (tenant, id) ON DELETE RESTRICT;
ALTER TABLE appointment ADD CONSTRAINT appointment_service_fk
    FOREIGN KEY (tenant, service_id) REFERENCES service (tenant, id) ON DELETE RESTRICT;
ALTER TABLE appointment ADD CONSTRAINT appointment_staff_fk
    FOREIGN KEY (tenant, staff_id) REFERENCES staff (tenant, id) ON DELETE RESTRICT;

ALTER TABLE hold ADD CONSTRAINT hold_branch_fk
    FOREIGN KEY (tenant, branch_id) REFERENCES branch (tenant, id) ON DELETE RESTRICT;
ALTER TABLE hold ADD CONSTRAINT hold_service_fk
    FOREIGN KEY (tenant, service_id) REFERENCES service (tenant, id) ON DELETE RESTRICT;
ALTER TABLE hold ADD CONSTRAINT hold_staff_fk
    FOREIGN KEY (tenant, staff_id) REFERENCES staff (tenant, id) ON DELETE RESTRICT;

-- every staff member of a segment, "together" staff included
ALTER TABLE occupancy ADD CONSTRAINT occupancy_staff_fk
    FOREIGN KEY (tenant, staff_id) REFERENCES staff (tenant, id) ON DELETE RESTRICT;

ALTER TABLE waitlist_entry ADD CONSTRAINT waitlist_branch_fk
    FOREIGN KEY (tenant, branch_id) REFERENCES branch (tenant, id) ON DELETE RESTRICT;
ALTER TABLE waitlist_entry ADD CONSTRAINT waitlist_service_fk
    FOREIGN KEY (tenant, service_id) REFERENCES service (tenant, id) ON DELETE RESTRICT;
-- a NULL staff_id (any staff) is not checked
ALTER TABLE waitlist_entry ADD CONSTRAINT waitlist_staff_fk
    FOREIGN KEY (tenant, staff_id) REFERENCES staff (tenant, id) ON DELETE RESTRICT;

-- the branch's equipment goes with it (units and their occupancy rows cascade from the type)
ALTER TABLE resource_type ADD CONSTRAINT resource_type_branch_fk
    FOREIGN KEY (tenant, branch_id) REFERENCES branch (tenant, id) ON DELETE CASCADE;
