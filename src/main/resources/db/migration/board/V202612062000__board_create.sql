-- The Strategic Policing and Crime Board: meetings, questions, actions, action plans and scrutiny
-- prompts (ADR 0021). Reports themselves are snapshots in the reports schema (kind board-report).
CREATE SCHEMA board;

CREATE TABLE board.meeting (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_key        VARCHAR(100) NOT NULL,
    version_label   VARCHAR(40)  NOT NULL,
    meeting_on      DATE         NOT NULL,
    name            VARCHAR(200) NOT NULL,
    cycle_name      VARCHAR(120),
    agenda          TEXT,
    members_present TEXT,
    example         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    version         INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT meeting_plan_day_uq UNIQUE (plan_key, meeting_on)
);

CREATE TABLE board.question (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id    BIGINT       NOT NULL REFERENCES board.meeting (id),
    subject_kind  VARCHAR(20)  NOT NULL CHECK (subject_kind IN ('MEASURE', 'COMMITMENT', 'REPORT')),
    subject_ref   VARCHAR(60),
    subject_label TEXT         NOT NULL,
    leads         TEXT,
    text          TEXT         NOT NULL,
    raised_by     VARCHAR(100) NOT NULL,
    raised_at     TIMESTAMPTZ  NOT NULL,
    answer        TEXT,
    answered_by   VARCHAR(100),
    answered_at   TIMESTAMPTZ,
    version       INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX question_meeting_ix ON board.question (meeting_id);

CREATE TABLE board.action (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id    BIGINT       NOT NULL REFERENCES board.meeting (id),
    subject_label TEXT,
    text          TEXT         NOT NULL,
    owner         VARCHAR(200) NOT NULL,
    due_on        DATE         NOT NULL,
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    closed_on     DATE,
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    version       INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX action_meeting_ix ON board.action (meeting_id);

CREATE TABLE board.action_note (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id   BIGINT       NOT NULL REFERENCES board.action (id),
    note        TEXT         NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    written_by  VARCHAR(100) NOT NULL,
    written_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX action_note_action_ix ON board.action_note (action_id);

CREATE TABLE board.action_plan (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code      VARCHAR(40)  NOT NULL UNIQUE,
    title     TEXT         NOT NULL,
    subtitle  TEXT,
    source    TEXT         NOT NULL,
    example   BOOLEAN      NOT NULL DEFAULT FALSE,
    position  INTEGER      NOT NULL,
    version   INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE board.action_plan_item (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_plan_id BIGINT       NOT NULL REFERENCES board.action_plan (id),
    position       INTEGER      NOT NULL,
    number         VARCHAR(20),
    action         TEXT         NOT NULL,
    lead           TEXT,
    timescale      TEXT,
    progress       TEXT,
    updated_by     VARCHAR(100),
    updated_at     TIMESTAMPTZ,
    version        INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT action_plan_item_position_uq UNIQUE (action_plan_id, position)
);

CREATE TABLE board.scrutiny_prompt (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id    BIGINT       NOT NULL REFERENCES board.meeting (id),
    exception_key VARCHAR(120) NOT NULL,
    kind          VARCHAR(60)  NOT NULL,
    subject_kind  VARCHAR(20)  NOT NULL CHECK (subject_kind IN ('MEASURE', 'COMMITMENT', 'REPORT')),
    subject_ref   VARCHAR(60),
    subject_label TEXT         NOT NULL,
    leads         TEXT,
    fact          TEXT         NOT NULL,
    proposed      TEXT         NOT NULL,
    state         VARCHAR(20)  NOT NULL CHECK (state IN ('PROPOSED', 'ADOPTED', 'DISMISSED')),
    text          TEXT,
    decided_by    VARCHAR(100),
    decided_at    TIMESTAMPTZ,
    question_id   BIGINT REFERENCES board.question (id),
    version       INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT scrutiny_prompt_uq UNIQUE (meeting_id, exception_key)
);
