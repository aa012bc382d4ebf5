CREATE SCHEMA decisions;

-- A decision of the Commissioner (or another decision-maker) in the published register.
CREATE TABLE decisions.decision (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number                 VARCHAR(40)  NOT NULL UNIQUE,
    title                  TEXT         NOT NULL,
    decided_on             DATE         NOT NULL,
    decision_maker         VARCHAR(200) NOT NULL,
    summary                TEXT,
    financial_implications TEXT,
    confidential           BOOLEAN      NOT NULL,
    source                 TEXT,
    example                BOOLEAN      NOT NULL,
    notice_file_name       VARCHAR(255),
    notice_content_type    VARCHAR(100),
    notice_size            BIGINT,
    notice_sha256          CHAR(64),
    notice_uploaded_at     TIMESTAMPTZ,
    notice_uploaded_by     VARCHAR(100),
    version                INTEGER      NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    updated_by             VARCHAR(100) NOT NULL,
    CHECK ((notice_file_name IS NULL) = (notice_sha256 IS NULL))
);
CREATE INDEX decision_decided_on ON decisions.decision (decided_on);

-- The published decision notice of a decision, as uploaded (its type and size checked).
CREATE TABLE decisions.decision_notice (
    decision_id BIGINT PRIMARY KEY REFERENCES decisions.decision (id) ON DELETE CASCADE,
    content     BYTEA  NOT NULL
);
