CREATE SCHEMA policedata;

-- One imported file: its provenance and its data-quality summary.
CREATE TABLE policedata.import_batch (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           VARCHAR(20)  NOT NULL CHECK (kind IN ('street', 'outcomes', 'stop-and-search')),
    force_slug     VARCHAR(80)  NOT NULL,
    month          DATE         NOT NULL CHECK (extract(day FROM month) = 1),
    file_name      TEXT         NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    byte_size      BIGINT       NOT NULL,
    row_count      INTEGER      NOT NULL,
    duplicate_rows INTEGER      NOT NULL,
    quality        TEXT         NOT NULL,
    demonstration  BOOLEAN      NOT NULL DEFAULT FALSE,
    imported_by    VARCHAR(100) NOT NULL,
    imported_at    TIMESTAMPTZ  NOT NULL,
    UNIQUE (kind, force_slug, month)
);

-- Rows exactly as published (empty fields are NULL), one partition per batch, plus the district
-- derived from the LSOA name. Loaded with COPY; a batch is removed by dropping its partition.
CREATE TABLE policedata.street_crime (
    batch_id              BIGINT  NOT NULL,
    line_number           INTEGER NOT NULL,
    crime_id              TEXT,
    month                 TEXT,
    reported_by           TEXT,
    falls_within          TEXT,
    longitude             TEXT,
    latitude              TEXT,
    location              TEXT,
    lsoa_code             TEXT,
    lsoa_name             TEXT,
    crime_type            TEXT,
    last_outcome_category TEXT,
    context               TEXT,
    district              TEXT
) PARTITION BY LIST (batch_id);

CREATE TABLE policedata.outcome (
    batch_id     BIGINT  NOT NULL,
    line_number  INTEGER NOT NULL,
    crime_id     TEXT,
    month        TEXT,
    reported_by  TEXT,
    falls_within TEXT,
    longitude    TEXT,
    latitude     TEXT,
    location     TEXT,
    lsoa_code    TEXT,
    lsoa_name    TEXT,
    outcome_type TEXT,
    district     TEXT
) PARTITION BY LIST (batch_id);

CREATE TABLE policedata.stop_search (
    batch_id                      BIGINT  NOT NULL,
    line_number                   INTEGER NOT NULL,
    type                          TEXT,
    date                          TEXT,
    part_of_a_policing_operation  TEXT,
    policing_operation            TEXT,
    latitude                      TEXT,
    longitude                     TEXT,
    gender                        TEXT,
    age_range                     TEXT,
    self_defined_ethnicity        TEXT,
    officer_defined_ethnicity     TEXT,
    legislation                   TEXT,
    object_of_search              TEXT,
    outcome                       TEXT,
    outcome_linked_to_object      TEXT,
    removal_of_outer_clothing     TEXT,
    occurred_at                   TIMESTAMPTZ NOT NULL
) PARTITION BY LIST (batch_id);

-- Monthly counts for performance work, written with each batch; their totals equal the rows.
-- (No foreign key to the batch: counts are bulk-loaded and removed with their batch by the importer.)
CREATE TABLE policedata.street_count (
    batch_id              BIGINT  NOT NULL,
    month                 DATE    NOT NULL,
    force_slug            VARCHAR(80) NOT NULL,
    district              TEXT,
    lsoa_code             TEXT,
    crime_type            TEXT,
    last_outcome_category TEXT,
    n                     INTEGER NOT NULL
);
CREATE INDEX street_count_month_idx ON policedata.street_count (force_slug, month);
CREATE INDEX street_count_batch_idx ON policedata.street_count (batch_id);

CREATE TABLE policedata.outcome_count (
    batch_id     BIGINT  NOT NULL,
    month        DATE    NOT NULL,
    force_slug   VARCHAR(80) NOT NULL,
    district     TEXT,
    lsoa_code    TEXT,
    outcome_type TEXT,
    n            INTEGER NOT NULL
);
CREATE INDEX outcome_count_month_idx ON policedata.outcome_count (force_slug, month);
CREATE INDEX outcome_count_batch_idx ON policedata.outcome_count (batch_id);

-- Stop and search: one count per categorical field and value.
CREATE TABLE policedata.stop_search_count (
    batch_id   BIGINT  NOT NULL,
    month      DATE    NOT NULL,
    force_slug VARCHAR(80) NOT NULL,
    field      VARCHAR(60) NOT NULL,
    value      TEXT,
    n          INTEGER NOT NULL
);
CREATE INDEX stop_search_count_month_idx ON policedata.stop_search_count (force_slug, month, field);
CREATE INDEX stop_search_count_batch_idx ON policedata.stop_search_count (batch_id);

-- Named sets of LSOAs, such as the 2021-25 plan's Impact Areas.
CREATE TABLE policedata.area_set (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        VARCHAR(120) NOT NULL UNIQUE,
    file_name   TEXT         NOT NULL,
    imported_by VARCHAR(100) NOT NULL,
    imported_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE policedata.area_set_member (
    area_set_id BIGINT      NOT NULL REFERENCES policedata.area_set (id) ON DELETE CASCADE,
    lsoa_code   VARCHAR(12) NOT NULL,
    PRIMARY KEY (area_set_id, lsoa_code)
);
