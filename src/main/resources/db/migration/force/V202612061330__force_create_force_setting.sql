CREATE SCHEMA force;

-- The police force this Oversight serves and the office that runs it (one row once configured):
-- which data.police.uk force its police data come from, and the office's name for page headers
-- and reports. "example" marks the example force loaded with the example data on a first start.
CREATE TABLE force.force_setting (
    id            BOOLEAN      PRIMARY KEY DEFAULT TRUE CHECK (id),
    slug          VARCHAR(80)  NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name          TEXT         NOT NULL,
    office_name   TEXT         NOT NULL,
    example       BOOLEAN      NOT NULL,
    configured_by VARCHAR(100) NOT NULL,
    configured_at TIMESTAMPTZ  NOT NULL
);
