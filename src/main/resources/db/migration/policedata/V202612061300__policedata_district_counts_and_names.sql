-- Monthly street counts by district, crime type and last outcome (no LSOA), written with each batch
-- beside the LSOA-level counts: a force's figures for every district are read from these in one
-- query, small enough to be kept in memory (docs/adr/0013).
CREATE TABLE policedata.street_district_count (
    batch_id              BIGINT  NOT NULL,
    district              TEXT,
    crime_type            TEXT,
    last_outcome_category TEXT,
    n                     INTEGER NOT NULL
);
CREATE INDEX street_district_count_batch_idx ON policedata.street_district_count (batch_id);

INSERT INTO policedata.street_district_count (batch_id, district, crime_type, last_outcome_category, n)
SELECT batch_id, district, crime_type, last_outcome_category, sum(n)
FROM policedata.street_count
GROUP BY batch_id, district, crime_type, last_outcome_category;

-- How a force's districts are shown: a district as the LSOA names give it ("Bristol, City of") may
-- be shown under another name, and several districts under one name are shown as one (grouped).
-- A district without a row is shown as it is.
CREATE TABLE policedata.district_name (
    force_slug VARCHAR(80)  NOT NULL,
    district   TEXT         NOT NULL,
    shown_as   TEXT         NOT NULL CHECK (length(trim(shown_as)) > 0),
    named_by   VARCHAR(100) NOT NULL,
    named_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (force_slug, district)
);
