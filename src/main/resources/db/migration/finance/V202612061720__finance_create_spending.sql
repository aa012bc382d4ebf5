-- A month's transparency file of spending over £500, kept byte for byte as published.
CREATE TABLE finance.spending_file (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    month        DATE           NOT NULL UNIQUE CHECK (extract(day FROM month) = 1),
    file_name    TEXT           NOT NULL,
    content      BYTEA          NOT NULL,
    sha256       CHAR(64)       NOT NULL UNIQUE,
    encoding     VARCHAR(20)    NOT NULL,
    headings     TEXT[]         NOT NULL,
    line_count   INTEGER        NOT NULL,
    total        NUMERIC(17, 2) NOT NULL,
    imported_by  VARCHAR(100)   NOT NULL,
    imported_at  TIMESTAMPTZ    NOT NULL
);

-- A line of a spending file: every cell as published, the fields the checks read, and the notes.
CREATE TABLE finance.spending_line (
    file_id            BIGINT         NOT NULL REFERENCES finance.spending_file (id) ON DELETE CASCADE,
    line_number        INTEGER        NOT NULL,
    cells              TEXT[]         NOT NULL,
    transaction_date   DATE           NOT NULL,
    supplier           TEXT           NOT NULL,
    amount             NUMERIC(17, 2) NOT NULL,
    description        TEXT,
    category           TEXT,
    department         TEXT,
    transaction_number TEXT,
    redacted           BOOLEAN        NOT NULL,
    notes              TEXT[]         NOT NULL,
    PRIMARY KEY (file_id, line_number)
);
