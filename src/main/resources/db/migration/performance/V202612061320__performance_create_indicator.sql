-- Indicators: the data series plan measures read, as analysts define them. An indicator's definition
-- may change; every change is a new version, never an edit of an old one, so that figures can say
-- which definition produced them (docs/adr/0013).
CREATE TABLE performance.indicator (
    code            VARCHAR(80) PRIMARY KEY,
    current_version INTEGER     NOT NULL CHECK (current_version > 0)
);

CREATE TABLE performance.indicator_version (
    code        VARCHAR(80)  NOT NULL REFERENCES performance.indicator (code),
    version     INTEGER      NOT NULL CHECK (version > 0),
    name        TEXT         NOT NULL,
    unit        VARCHAR(20)  NOT NULL,
    aggregation VARCHAR(10)  NOT NULL CHECK (aggregation IN ('sum', 'ratio', 'latest')),
    source_kind VARCHAR(40)  NOT NULL,
    -- The whole definition as JSON, in the words of the indicator file (docs/indicator-file-format.md).
    definition  TEXT         NOT NULL,
    -- Why this version was made (optional; the first version's is usually empty).
    note        TEXT,
    saved_by    VARCHAR(100) NOT NULL,
    saved_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (code, version)
);

-- One number that changes, in the same transaction, with every indicator saved: the definitions can
-- be kept in memory until it changes.
CREATE TABLE performance.indicator_revision (
    id       BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    revision BIGINT  NOT NULL
);
INSERT INTO performance.indicator_revision (id, revision) VALUES (TRUE, 1);
