-- Issue 11: board members and lead officers, the leads an account holds, an email address for
-- reminders, a manager to escalate to, and one-time password reset links (ADR 0015).
ALTER TABLE accounts.user_account DROP CONSTRAINT user_account_role_check;
ALTER TABLE accounts.user_account
    ADD CONSTRAINT user_account_role_check CHECK (role IN ('ADMIN', 'ANALYST', 'BOARD_MEMBER', 'LEAD_OFFICER'));
ALTER TABLE accounts.user_account ADD COLUMN email VARCHAR(254);
ALTER TABLE accounts.user_account ADD COLUMN manager VARCHAR(100);

CREATE TABLE accounts.held_lead (
    user_account BIGINT       NOT NULL REFERENCES accounts.user_account (id) ON DELETE CASCADE,
    lead         VARCHAR(200) NOT NULL,
    PRIMARY KEY (user_account, lead)
);

CREATE TABLE accounts.password_reset (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_account BIGINT      NOT NULL REFERENCES accounts.user_account (id) ON DELETE CASCADE,
    token_sha256 CHAR(64)    NOT NULL UNIQUE,
    issued_by    VARCHAR(100) NOT NULL,
    issued_at    TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    used_at      TIMESTAMPTZ
);
