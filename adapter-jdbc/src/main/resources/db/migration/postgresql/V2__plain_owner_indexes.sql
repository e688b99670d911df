-- The occupancies of an appointment or hold are loaded by (tenant, owner) IN (...). Partial indexes
-- (WHERE owner IS NOT NULL) are not always chosen for that; plain B-trees always are (NULL owners cost nothing).
DROP INDEX occupancy_by_appointment;
DROP INDEX occupancy_by_hold;
CREATE INDEX occupancy_by_appointment ON occupancy (tenant, appointment_id, ordinal);
CREATE INDEX occupancy_by_hold ON occupancy (tenant, hold_token, ordinal);
