-- Seeding steps done once (e.g. the demonstration data on first start), so that removing their
-- data does not bring it back on the next start.
CREATE TABLE policedata.seed_record (
    name    VARCHAR(60) PRIMARY KEY,
    done_at TIMESTAMPTZ NOT NULL
);
