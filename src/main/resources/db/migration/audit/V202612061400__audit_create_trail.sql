-- The audit trail (ADR 0014): every change anywhere in Oversight, one entry each, kept for ever.
-- Append-only: triggers refuse UPDATE, DELETE and TRUNCATE whoever asks (superusers included, unless
-- they disable the triggers), and no role keeps the privilege to do them. Hash-chained: each entry
-- carries the SHA-256 of its own fields and of the entry before, so `./oversight audit verify`
-- detects a changed, removed or re-ordered entry even when the triggers were bypassed.
CREATE SCHEMA audit;

CREATE TABLE audit.audit_entry (
    sequence      BIGINT      PRIMARY KEY CHECK (sequence > 0),
    recorded_at   TIMESTAMPTZ NOT NULL,
    username      TEXT        NOT NULL,
    address       TEXT,
    module        TEXT        NOT NULL,
    action        TEXT        NOT NULL,
    object_type   TEXT        NOT NULL,
    object_id     TEXT        NOT NULL,
    -- Text, not JSONB: the hash covers exactly the characters stored (JSONB would reorder keys).
    before_state  TEXT,
    after_state   TEXT,
    summary       TEXT        NOT NULL,
    -- Unique: two entries can never follow the same one, so the chain cannot fork.
    previous_hash CHAR(64)    NOT NULL UNIQUE CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
    hash          CHAR(64)    NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$')
);

CREATE INDEX audit_entry_username_idx ON audit.audit_entry (lower(username), sequence);
CREATE INDEX audit_entry_module_idx ON audit.audit_entry (module, sequence);
CREATE INDEX audit_entry_recorded_at_idx ON audit.audit_entry (recorded_at);

-- The last entry of the chain. Appending locks this row (SELECT ... FOR UPDATE), which serialises
-- appends; the insert trigger moves it on. Verification compares it with the last entry, so that
-- removing entries from the end of the chain is detected too.
CREATE TABLE audit.chain_head (
    id       BOOLEAN  PRIMARY KEY DEFAULT TRUE CHECK (id),
    sequence BIGINT   NOT NULL CHECK (sequence >= 0),
    hash     CHAR(64) NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);
INSERT INTO audit.chain_head (id, sequence, hash) VALUES (TRUE, 0, repeat('0', 64));

CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on %.% is refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME;
END
$$;

-- A new entry must follow the head exactly (the next number, the head's hash as its previous hash);
-- the head then moves to it.
CREATE FUNCTION audit.follow_chain_head() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head audit.chain_head;
BEGIN
    SELECT * INTO head FROM audit.chain_head;
    IF NEW.sequence <> head.sequence + 1 OR NEW.previous_hash <> head.hash THEN
        RAISE EXCEPTION 'audit entry % does not follow the last entry (%)', NEW.sequence, head.sequence
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    UPDATE audit.chain_head SET sequence = NEW.sequence, hash = NEW.hash;
    RETURN NEW;
END
$$;

-- The head moves only from the insert trigger, one entry at a time.
CREATE FUNCTION audit.advance_chain_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_trigger_depth() < 2 OR NEW.sequence <> OLD.sequence + 1 THEN
        RAISE EXCEPTION 'the audit chain head moves only when an entry is appended';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit.audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER audit_entry_follows_head BEFORE INSERT ON audit.audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit.follow_chain_head();
CREATE TRIGGER chain_head_advances BEFORE UPDATE ON audit.chain_head
    FOR EACH ROW EXECUTE FUNCTION audit.advance_chain_head();
CREATE TRIGGER chain_head_stays BEFORE INSERT OR DELETE ON audit.chain_head
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER chain_head_no_truncate BEFORE TRUNCATE ON audit.chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

-- Privileges, for whichever roles exist: the role running this migration owns the tables (it may be
-- the application's own role, or an administrator's), and default privileges may already have
-- granted other roles (an application role) everything. Nobody keeps UPDATE, DELETE or TRUNCATE on
-- the entries, or INSERT, DELETE or TRUNCATE on the head; the application needs only SELECT and
-- INSERT on the entries and SELECT and UPDATE on the head (to lock it). Superusers bypass
-- privileges, not triggers; the hash chain catches what is left.
REVOKE ALL ON audit.audit_entry, audit.chain_head FROM PUBLIC;
DO $$
DECLARE
    holder RECORD;
BEGIN
    FOR holder IN
        SELECT DISTINCT c.relname AS table_name, a.grantee
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        CROSS JOIN LATERAL aclexplode(c.relacl) a
        WHERE n.nspname = 'audit' AND c.relname IN ('audit_entry', 'chain_head')
    LOOP
        EXECUTE format(
            'REVOKE %s ON audit.%I FROM %s',
            CASE holder.table_name WHEN 'audit_entry' THEN 'UPDATE, DELETE, TRUNCATE' ELSE 'INSERT, DELETE, TRUNCATE' END,
            holder.table_name,
            CASE WHEN holder.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(holder.grantee)) END);
    END LOOP;
END
$$;
