-- Publication (ADR 0022): which snapshots were prepared for which period, and which were released to
-- the public. The figures themselves live in reports.snapshot; these rows only point at them.
CREATE SCHEMA IF NOT EXISTS publication;

-- A document prepared for a period from a plan version: one row per snapshot kind and key.
CREATE TABLE publication.prepared (
    kind           text        NOT NULL CHECK (kind IN ('publication', 'national-measures-statement', 'annual-statement')),
    snapshot_key   text        NOT NULL,
    period_code    text        NOT NULL,
    period_slug    text        NOT NULL CHECK (period_slug ~ '^[0-9]{4}-[0-9]{2}(-q[1-4])?$'),
    plan_key       text        NOT NULL,
    version_label  text        NOT NULL,
    prepared_by    text        NOT NULL,
    prepared_at    timestamptz NOT NULL,
    PRIMARY KEY (kind, snapshot_key)
);

-- A snapshot version released to the public site and open data: kept for ever.
CREATE TABLE publication.release (
    snapshot_id    bigint      PRIMARY KEY REFERENCES reports.snapshot (id),
    kind           text        NOT NULL,
    snapshot_key   text        NOT NULL,
    version        integer     NOT NULL CHECK (version >= 1),
    period_code    text        NOT NULL,
    period_slug    text        NOT NULL,
    released_by    text        NOT NULL,
    released_at    timestamptz NOT NULL,
    FOREIGN KEY (kind, snapshot_key) REFERENCES publication.prepared (kind, snapshot_key),
    UNIQUE (kind, snapshot_key, version)
);

CREATE INDEX release_by_time ON publication.release (released_at DESC);

-- A release is a record: it is never changed or removed, whoever asks.
CREATE FUNCTION publication.refuse_release_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'publication.release is append-only: a released publication can never be changed or removed';
END;
$$;

CREATE TRIGGER release_append_only
    BEFORE UPDATE OR DELETE ON publication.release
    FOR EACH ROW EXECUTE FUNCTION publication.refuse_release_change();

CREATE TRIGGER release_no_truncate
    BEFORE TRUNCATE ON publication.release
    FOR EACH STATEMENT EXECUTE FUNCTION publication.refuse_release_change();
