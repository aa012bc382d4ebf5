-- Population reference data (Census figures) for rates per 1,000 residents: one figure per area,
-- ethnic group and source. Importing the same area, group and source again replaces it.
CREATE TABLE performance.population (
    area         VARCHAR(160) NOT NULL,
    ethnic_group VARCHAR(200) NOT NULL,
    source       VARCHAR(300) NOT NULL,
    census_year  INTEGER      NOT NULL,
    population   BIGINT       NOT NULL CHECK (population >= 0),
    file_name    TEXT         NOT NULL,
    line_number  INTEGER      NOT NULL,
    imported_by  VARCHAR(100) NOT NULL,
    imported_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (area, ethnic_group, source)
);
