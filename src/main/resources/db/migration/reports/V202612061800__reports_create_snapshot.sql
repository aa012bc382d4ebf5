-- Snapshots (ADR 0018): documents built once, frozen, kept for ever and rendered from storage.
CREATE SCHEMA IF NOT EXISTS reports;

CREATE TABLE reports.snapshot (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             text        NOT NULL CHECK (kind ~ '^[a-z][a-z0-9-]{0,59}$'),
    key              text        NOT NULL CHECK (key ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$'),
    version          integer     NOT NULL CHECK (version >= 1),
    status           text        NOT NULL CHECK (status IN ('draft', 'frozen')),
    title            text        NOT NULL,
    -- The canonical JSON of the document and of its provenance, kept as the exact text that was hashed.
    document_json    text        NOT NULL,
    provenance_json  text        NOT NULL,
    sha256           text,
    -- Narrative sections edited by people while a draft, kept when the draft is rebuilt (not hashed).
    edited_sections  text[]      NOT NULL DEFAULT '{}',
    drafted_by       text        NOT NULL,
    drafted_at       timestamptz NOT NULL,
    edited_by        text        NOT NULL,
    edited_at        timestamptz NOT NULL,
    frozen_by        text,
    frozen_at        timestamptz,
    supersedes_id    bigint REFERENCES reports.snapshot (id),
    correction_note  text,
    UNIQUE (kind, key, version),
    CHECK ((status = 'draft' AND sha256 IS NULL AND frozen_by IS NULL AND frozen_at IS NULL)
        OR (status = 'frozen' AND sha256 ~ '^[0-9a-f]{64}$' AND frozen_by IS NOT NULL AND frozen_at IS NOT NULL)),
    CHECK ((supersedes_id IS NULL) = (correction_note IS NULL)),
    CHECK (correction_note IS NULL OR length(btrim(correction_note)) > 0)
);

-- At most one draft of a document at a time, and a version is corrected at most once.
CREATE UNIQUE INDEX snapshot_one_draft ON reports.snapshot (kind, key) WHERE status = 'draft';
CREATE UNIQUE INDEX snapshot_corrected_once ON reports.snapshot (supersedes_id) WHERE supersedes_id IS NOT NULL;

-- Approval (a second person) is a row of its own, so that a frozen snapshot's row is never updated.
CREATE TABLE reports.snapshot_approval (
    snapshot_id  bigint      PRIMARY KEY REFERENCES reports.snapshot (id),
    approved_by  text        NOT NULL,
    approved_at  timestamptz NOT NULL
);

-- A frozen snapshot never changes and no snapshot is ever deleted, whoever asks (the application, a
-- script, psql). Freezing must bring the SHA-256 of the canonical JSON {"document":…,"provenance":…}.
CREATE FUNCTION reports.keep_snapshot() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'snapshot % (% % version %) cannot be deleted: snapshots are kept for ever',
            OLD.id, OLD.kind, OLD.key, OLD.version;
    END IF;
    IF OLD.status = 'frozen' THEN
        RAISE EXCEPTION 'snapshot % (% % version %) is frozen: it can never be changed; issue a corrected version instead',
            OLD.id, OLD.kind, OLD.key, OLD.version;
    END IF;
    IF NEW.id <> OLD.id OR NEW.kind <> OLD.kind OR NEW.key <> OLD.key OR NEW.version <> OLD.version
        OR NEW.drafted_by <> OLD.drafted_by OR NEW.drafted_at <> OLD.drafted_at
        OR NEW.supersedes_id IS DISTINCT FROM OLD.supersedes_id THEN
        RAISE EXCEPTION 'snapshot %: which document and version it is, and who drafted it, cannot change', OLD.id;
    END IF;
    IF NEW.status = 'frozen' AND NEW.sha256 IS DISTINCT FROM encode(sha256(convert_to(
            '{"document":' || NEW.document_json || ',"provenance":' || NEW.provenance_json || '}', 'UTF8')), 'hex') THEN
        RAISE EXCEPTION 'snapshot %: the SHA-256 given when freezing does not match its content', OLD.id;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER snapshot_kept BEFORE UPDATE OR DELETE ON reports.snapshot
    FOR EACH ROW EXECUTE FUNCTION reports.keep_snapshot();

CREATE FUNCTION reports.keep_approval() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM reports.snapshot WHERE id = NEW.snapshot_id AND status = 'frozen') THEN
            RAISE EXCEPTION 'snapshot % is not frozen: only a frozen snapshot can be approved', NEW.snapshot_id;
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the approval of snapshot % is kept for ever: it cannot be changed or deleted', OLD.snapshot_id;
END
$$;

CREATE TRIGGER snapshot_approval_kept BEFORE INSERT OR UPDATE OR DELETE ON reports.snapshot_approval
    FOR EACH ROW EXECUTE FUNCTION reports.keep_approval();

CREATE FUNCTION reports.refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% cannot be emptied: snapshots and approvals are kept for ever', TG_TABLE_NAME;
END
$$;

CREATE TRIGGER snapshot_not_truncated BEFORE TRUNCATE ON reports.snapshot
    FOR EACH STATEMENT EXECUTE FUNCTION reports.refuse_truncate();
CREATE TRIGGER snapshot_approval_not_truncated BEFORE TRUNCATE ON reports.snapshot_approval
    FOR EACH STATEMENT EXECUTE FUNCTION reports.refuse_truncate();
