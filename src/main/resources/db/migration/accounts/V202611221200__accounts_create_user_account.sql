CREATE SCHEMA accounts;

CREATE TABLE accounts.user_account (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL CHECK (role IN ('ADMIN', 'ANALYST')),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL,
    version       INTEGER      NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX user_account_username_uq ON accounts.user_account (lower(username));
