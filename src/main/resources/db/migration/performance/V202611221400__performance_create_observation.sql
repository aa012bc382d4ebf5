CREATE SCHEMA performance;

-- One imported file of observations: its provenance.
CREATE TABLE performance.observation_batch (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_name   TEXT         NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    row_count   INTEGER      NOT NULL,
    imported_by VARCHAR(100) NOT NULL,
    imported_at TIMESTAMPTZ  NOT NULL
);

-- A value for an indicator, period and area (figures data.police.uk does not publish: surveys,
-- call handling, workforce…). One value per indicator, period and area: importing it again
-- replaces it, and the row records the batch it last came from.
CREATE TABLE performance.observation (
    indicator_code VARCHAR(80)  NOT NULL,
    period         VARCHAR(20)  NOT NULL,
    period_start   DATE         NOT NULL,
    period_end     DATE         NOT NULL,
    area           VARCHAR(120) NOT NULL,
    value          NUMERIC      NOT NULL,
    numerator      NUMERIC,
    denominator    NUMERIC CHECK (denominator IS NULL OR denominator > 0),
    source         TEXT,
    batch_id       BIGINT       NOT NULL REFERENCES performance.observation_batch (id),
    line_number    INTEGER      NOT NULL,
    PRIMARY KEY (indicator_code, period, area)
);
CREATE INDEX observation_batch_idx ON performance.observation (batch_id);
