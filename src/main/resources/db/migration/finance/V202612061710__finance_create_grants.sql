-- A grant scheme (Community Safety Fund, Victims' Services, Active Citizens Fund…).
CREATE TABLE finance.grant_scheme (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        VARCHAR(80)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL UNIQUE,
    description TEXT,
    funder      TEXT,
    example     BOOLEAN      NOT NULL,
    version     INTEGER      NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    updated_by  VARCHAR(100) NOT NULL
);

-- A scheme's financial year: the money allocated to it and the totals as published.
CREATE TABLE finance.grant_round (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scheme_id           BIGINT       NOT NULL REFERENCES finance.grant_scheme (id) ON DELETE CASCADE,
    year_start          INTEGER      NOT NULL,
    allocation          NUMERIC(17, 2) CHECK (allocation >= 0),
    published_total     NUMERIC(17, 2),
    published_remaining NUMERIC(17, 2),
    decision_number     VARCHAR(40),
    source              TEXT,
    note                TEXT,
    example             BOOLEAN      NOT NULL,
    version             INTEGER      NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    updated_by          VARCHAR(100) NOT NULL,
    UNIQUE (scheme_id, year_start)
);

-- An award (or an allocation to an area) from a round: the aggregate analysts edit.
CREATE TABLE finance.grant_award (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id        BIGINT         NOT NULL REFERENCES finance.grant_round (id) ON DELETE CASCADE,
    recipient       VARCHAR(300)   NOT NULL,
    purpose         TEXT           NOT NULL,
    amount          NUMERIC(17, 2) NOT NULL CHECK (amount > 0),
    area            VARCHAR(200),
    conditions      TEXT,
    awarded_on      DATE,
    starts_on       DATE,
    ends_on         DATE,
    decision_number VARCHAR(40),
    note            TEXT,
    version         INTEGER        NOT NULL,
    updated_at      TIMESTAMPTZ    NOT NULL,
    updated_by      VARCHAR(100)   NOT NULL,
    CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
);
CREATE INDEX grant_award_round ON finance.grant_award (round_id);

-- The plan objectives an award serves, named as the plan page names them (objective-4.2).
CREATE TABLE finance.grant_award_objective (
    grant_award   BIGINT      NOT NULL REFERENCES finance.grant_award (id) ON DELETE CASCADE,
    plan_key      VARCHAR(80) NOT NULL,
    version_label VARCHAR(40) NOT NULL,
    anchor        VARCHAR(80) NOT NULL,
    PRIMARY KEY (grant_award, plan_key, version_label, anchor)
);

-- The monitoring returns an award's recipient owes, and whether each has come in.
CREATE TABLE finance.monitoring_return (
    grant_award BIGINT       NOT NULL REFERENCES finance.grant_award (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    period      VARCHAR(100) NOT NULL,
    due_on      DATE,
    received_on DATE,
    summary     TEXT,
    PRIMARY KEY (grant_award, position)
);
