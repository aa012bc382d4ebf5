-- A peer group (such as the most similar forces) is versioned reference data: each version takes
-- effect from a date and lists its members, the areas as written in observations' area column.
-- A comparison uses the version in force at the end of the months compared.
CREATE TABLE performance.peer_group_version (
    group_name     VARCHAR(120) NOT NULL,
    effective_from DATE         NOT NULL,
    file_name      TEXT         NOT NULL,
    imported_by    VARCHAR(100) NOT NULL,
    imported_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (group_name, effective_from)
);

CREATE TABLE performance.peer_group_member (
    group_name     VARCHAR(120) NOT NULL,
    effective_from DATE         NOT NULL,
    member         VARCHAR(120) NOT NULL,
    line_number    INTEGER      NOT NULL,
    PRIMARY KEY (group_name, effective_from, member),
    FOREIGN KEY (group_name, effective_from)
        REFERENCES performance.peer_group_version (group_name, effective_from) ON DELETE CASCADE
);
