-- An analyst's judgement that a force's month of one kind of file is complete or incomplete, which
-- wins over the automatic rule until it is cleared. It is about the month, not a file: it survives
-- re-imports and the removal of the month's batch.
CREATE TABLE policedata.month_mark (
    force_slug VARCHAR(80)  NOT NULL,
    kind       VARCHAR(20)  NOT NULL CHECK (kind IN ('street', 'outcomes', 'stop-and-search')),
    month      DATE         NOT NULL CHECK (extract(day FROM month) = 1),
    complete   BOOLEAN      NOT NULL,
    note       TEXT         NOT NULL,
    marked_by  VARCHAR(100) NOT NULL,
    marked_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (force_slug, kind, month)
);

-- One number that changes, in the same transaction, with every import, removal or mark: figures
-- computed from police data can be cached until it changes.
CREATE TABLE policedata.data_version (
    id      BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    version BIGINT  NOT NULL
);
INSERT INTO policedata.data_version (id, version) VALUES (TRUE, 1);
