-- Reporting cycles, the lead officers' updates, their history, evidence, delegations and reminders (ADR 0015).
CREATE SCHEMA updates;

CREATE TABLE updates.reporting_cycle (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_key      VARCHAR(100) NOT NULL,
    version_label VARCHAR(40)  NOT NULL,
    name          VARCHAR(120) NOT NULL,
    period_start  DATE         NOT NULL,
    period_end    DATE         NOT NULL,
    deadline      DATE         NOT NULL,
    meeting_on    DATE,
    meeting_name  VARCHAR(200),
    note          TEXT,
    example       BOOLEAN      NOT NULL DEFAULT FALSE,
    opened_by     VARCHAR(100) NOT NULL,
    opened_at     TIMESTAMPTZ  NOT NULL,
    version       INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT reporting_cycle_period_ck CHECK (period_start <= period_end),
    CONSTRAINT reporting_cycle_name_uq UNIQUE (plan_key, name)
);

CREATE TABLE updates.cycle_item (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cycle_id             BIGINT       NOT NULL REFERENCES updates.reporting_cycle (id),
    position             INTEGER      NOT NULL,
    commitment_ref       VARCHAR(40)  NOT NULL,
    objective_number     VARCHAR(20),
    objective_title      TEXT         NOT NULL,
    commitment_text      TEXT         NOT NULL,
    leads                TEXT,
    cadence              VARCHAR(40),
    reported_lead_line   TEXT,
    requirement          VARCHAR(20)  NOT NULL CHECK (requirement IN ('DUE', 'NOT_REQUIRED', 'DEFERRED')),
    requirement_reason   TEXT         NOT NULL,
    computed_requirement VARCHAR(20)  NOT NULL CHECK (computed_requirement IN ('DUE', 'NOT_REQUIRED', 'DEFERRED')),
    computed_reason      TEXT         NOT NULL,
    deferred_to          VARCHAR(120),
    overridden_by        VARCHAR(100),
    overridden_at        TIMESTAMPTZ,
    workflow             VARCHAR(20)  NOT NULL
        CHECK (workflow IN ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    narrative            TEXT,
    status               VARCHAR(20)  CHECK (status IN ('ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE', 'NOT_STARTED')),
    saved_by             VARCHAR(100),
    saved_at             TIMESTAMPTZ,
    version              INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT cycle_item_ref_uq UNIQUE (cycle_id, commitment_ref)
);

CREATE TABLE updates.update_history (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id     BIGINT       NOT NULL REFERENCES updates.cycle_item (id),
    happened    VARCHAR(20)  NOT NULL CHECK (happened IN ('SUBMITTED', 'RETURNED', 'ACCEPTED')),
    narrative   TEXT,
    status      VARCHAR(20),
    comment     TEXT,
    by_user     VARCHAR(100) NOT NULL,
    at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX update_history_item_ix ON updates.update_history (item_id, at);

CREATE TABLE updates.evidence (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id      BIGINT       NOT NULL REFERENCES updates.cycle_item (id),
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX evidence_item_ix ON updates.evidence (item_id);

CREATE TABLE updates.lead_delegation (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cycle_id     BIGINT       NOT NULL REFERENCES updates.reporting_cycle (id),
    lead         VARCHAR(200) NOT NULL,
    deputy       VARCHAR(100) NOT NULL,
    delegated_by VARCHAR(100) NOT NULL,
    delegated_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT lead_delegation_uq UNIQUE (cycle_id, lead, deputy)
);

CREATE TABLE updates.reminder (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id     BIGINT       NOT NULL REFERENCES updates.cycle_item (id),
    occasion    VARCHAR(20)  NOT NULL,
    number      INTEGER      NOT NULL,
    recipient   VARCHAR(254) NOT NULL,
    escalation  BOOLEAN      NOT NULL,
    delivery    VARCHAR(20)  NOT NULL CHECK (delivery IN ('SENT', 'OUTBOX', 'NO_ADDRESS')),
    subject     TEXT         NOT NULL,
    body        TEXT         NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT reminder_once_uq UNIQUE (item_id, occasion, recipient)
);
