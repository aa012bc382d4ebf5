CREATE SCHEMA plan;

-- A Police and Crime Plan across its versions.
CREATE TABLE plan.plan (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_key   VARCHAR(80)  NOT NULL UNIQUE,
    title      TEXT         NOT NULL,
    force      TEXT         NOT NULL,
    issued_by  TEXT,
    term_from  DATE,
    term_to    DATE,
    source     TEXT,
    version    INTEGER      NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    CHECK (term_from IS NULL OR term_to IS NULL OR term_from <= term_to)
);

-- One version (variation) of a plan: the aggregate that analysts edit.
CREATE TABLE plan.plan_version (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id      BIGINT       NOT NULL REFERENCES plan.plan (id) ON DELETE CASCADE,
    label        VARCHAR(40)  NOT NULL,
    issued_on    DATE,
    variation_of VARCHAR(40),
    note         TEXT,
    version      INTEGER      NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    UNIQUE (plan_id, label)
);

CREATE TABLE plan.objective (
    plan_version     BIGINT  NOT NULL REFERENCES plan.plan_version (id) ON DELETE CASCADE,
    plan_version_key INTEGER NOT NULL,
    number           VARCHAR(20),
    title            TEXT    NOT NULL,
    section          TEXT,
    description      TEXT,
    PRIMARY KEY (plan_version, plan_version_key)
);

CREATE TABLE plan.commitment (
    plan_version     BIGINT  NOT NULL,
    plan_version_key INTEGER NOT NULL,
    objective_key    INTEGER NOT NULL,
    ref              VARCHAR(40),
    heading          TEXT,
    text             TEXT    NOT NULL,
    leads            TEXT,
    cadence          VARCHAR(30),
    start_on         DATE,
    due_on           DATE,
    PRIMARY KEY (plan_version, plan_version_key, objective_key),
    FOREIGN KEY (plan_version, plan_version_key) REFERENCES plan.objective ON DELETE CASCADE,
    CHECK (start_on IS NULL OR due_on IS NULL OR start_on <= due_on)
);

CREATE TABLE plan.measure (
    plan_version     BIGINT  NOT NULL,
    plan_version_key INTEGER NOT NULL,
    objective_key    INTEGER NOT NULL,
    ref              VARCHAR(40),
    heading          TEXT,
    text             TEXT    NOT NULL,
    direction        VARCHAR(10) NOT NULL CHECK (direction IN ('INCREASE', 'DECREASE', 'NEUTRAL')),
    unit             VARCHAR(20),
    leads            TEXT,
    target           TEXT    NOT NULL,
    PRIMARY KEY (plan_version, plan_version_key, objective_key),
    FOREIGN KEY (plan_version, plan_version_key) REFERENCES plan.objective ON DELETE CASCADE
);
