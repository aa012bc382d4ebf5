-- Uploads made in the browser and imported in the background: their status pages, kept per user
-- across restarts (ADR 0011). An upload still waiting or running when Oversight stopped is marked
-- interrupted at the next start.
CREATE TABLE policedata.upload (
    id             VARCHAR(100) PRIMARY KEY,
    started_by     VARCHAR(100) NOT NULL,
    started_at     TIMESTAMPTZ  NOT NULL,
    state          VARCHAR(20)  NOT NULL
        CHECK (state IN ('waiting', 'running', 'finished', 'failed', 'interrupted')),
    files_expected INTEGER      NOT NULL,
    demonstration  BOOLEAN      NOT NULL,
    -- The file being read, or where the import stopped (failed or interrupted); null otherwise.
    current_file   TEXT,
    ended_at       TIMESTAMPTZ
);

CREATE INDEX upload_by_user ON policedata.upload (started_by, started_at DESC);

-- Each file's result as the import summary gives it (JSON), in the order the files were done.
CREATE TABLE policedata.upload_file (
    upload_id VARCHAR(100) NOT NULL REFERENCES policedata.upload (id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL,
    result    JSONB        NOT NULL,
    PRIMARY KEY (upload_id, position)
);
