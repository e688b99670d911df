-- One row per tenant whose catalogue (company, branches, staff, services, holidays, blocks, resource types) was
-- written: a new random version with every write, in the writing transaction. Every store instance caches a
-- tenant's catalogue and compares this version now and then to see other instances' changes.
CREATE TABLE catalogue_version (
    tenant   varchar(64)  NOT NULL PRIMARY KEY,
    version  varchar(36)  NOT NULL
);
