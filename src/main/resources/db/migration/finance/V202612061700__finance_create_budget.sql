CREATE SCHEMA finance;

-- A financial year's budget (the aggregate analysts edit) with what it states besides its lines.
CREATE TABLE finance.budget (
    id                          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year_start                  INTEGER       NOT NULL UNIQUE,
    example                     BOOLEAN       NOT NULL,
    source                      TEXT,
    resident_population         BIGINT CHECK (resident_population > 0),
    population_source           TEXT,
    published_cost_per_resident NUMERIC(12, 2),
    published_spending_total    NUMERIC(17, 2),
    published_funding_total     NUMERIC(17, 2),
    precept                     NUMERIC(17, 2),
    council_tax_base            NUMERIC(14, 2),
    band_d                      NUMERIC(10, 2),
    decision_number             VARCHAR(40),
    note                        TEXT,
    version                     INTEGER       NOT NULL,
    updated_at                  TIMESTAMPTZ   NOT NULL,
    updated_by                  VARCHAR(100)  NOT NULL,
    CHECK (resident_population IS NULL OR population_source IS NOT NULL)
);

-- A line of a budget, as published or entered, with its forecasts of the outturn and the outturn.
CREATE TABLE finance.budget_line (
    budget             BIGINT         NOT NULL REFERENCES finance.budget (id) ON DELETE CASCADE,
    position           INTEGER        NOT NULL,
    line_key           VARCHAR(80)    NOT NULL,
    side               VARCHAR(10)    NOT NULL CHECK (side IN ('SPENDING', 'FUNDING')),
    name               VARCHAR(200)   NOT NULL,
    parent_key         VARCHAR(80),
    amount             NUMERIC(17, 2),
    published_share    NUMERIC(6, 1),
    per_head           BOOLEAN        NOT NULL,
    published_per_head NUMERIC(12, 2),
    note               TEXT,
    forecast_q1        NUMERIC(17, 2),
    forecast_q2        NUMERIC(17, 2),
    forecast_q3        NUMERIC(17, 2),
    outturn            NUMERIC(17, 2),
    PRIMARY KEY (budget, position),
    UNIQUE (budget, line_key)
);
