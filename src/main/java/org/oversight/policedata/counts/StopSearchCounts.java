package org.oversight.policedata.counts;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.oversight.policedata.StopSearchCount;
import org.oversight.policedata.StopSearchField;
import org.oversight.policedata.area.DistrictNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A force's stop and search records grouped by month, district and every categorical column. A
 * search is published with coordinates but no LSOA; data.police.uk snaps searches and street crimes
 * to the same anonymised map points, so a search is placed in the district of the street crimes
 * recorded at exactly its point in the force's street files of the same months. A point no street
 * crime of those months used leaves the search unplaced (the empty district), counted and never
 * guessed.
 */
@Component
public class StopSearchCounts {

    private static final Map<StopSearchField, String> COLUMNS = new EnumMap<>(Map.ofEntries(
            Map.entry(StopSearchField.TYPE, "type"),
            Map.entry(StopSearchField.PART_OF_A_POLICING_OPERATION, "part_of_a_policing_operation"),
            Map.entry(StopSearchField.GENDER, "gender"),
            Map.entry(StopSearchField.AGE_RANGE, "age_range"),
            Map.entry(StopSearchField.SELF_DEFINED_ETHNICITY, "self_defined_ethnicity"),
            Map.entry(StopSearchField.OFFICER_DEFINED_ETHNICITY, "officer_defined_ethnicity"),
            Map.entry(StopSearchField.LEGISLATION, "legislation"),
            Map.entry(StopSearchField.OBJECT_OF_SEARCH, "object_of_search"),
            Map.entry(StopSearchField.OUTCOME, "outcome"),
            Map.entry(StopSearchField.OUTCOME_LINKED_TO_OBJECT_OF_SEARCH, "outcome_linked_to_object"),
            Map.entry(StopSearchField.REMOVAL_OF_MORE_THAN_JUST_OUTER_CLOTHING, "removal_of_outer_clothing")));

    private final JdbcClient jdbc;
    private final DistrictNames districtNames;

    StopSearchCounts(JdbcClient jdbc, DistrictNames districtNames) {
        this.jdbc = jdbc;
        this.districtNames = districtNames;
    }

    /** The force's records from {@code from} to {@code to} (months included), grouped. */
    public List<StopSearchCount> of(String force, YearMonth from, YearMonth to) {
        String columns =
                String.join(", ", COLUMNS.values().stream().map(c -> "s." + c).toList());
        // Column names come from the fixed map above; every value is a parameter.
        String sql =
                """
                WITH batch AS (
                    SELECT id, month FROM policedata.import_batch
                    WHERE kind = 'stop-and-search' AND force_slug = :force AND month BETWEEN :from AND :to
                ), point AS (
                    SELECT DISTINCT ON (c.latitude, c.longitude) c.latitude, c.longitude, c.district
                    FROM policedata.street_crime c
                    JOIN policedata.import_batch b ON b.id = c.batch_id
                    WHERE b.kind = 'street' AND b.force_slug = :force AND b.month BETWEEN :from AND :to
                        AND c.district IS NOT NULL
                        AND c.latitude <> '' AND c.longitude <> ''
                        AND EXISTS (SELECT 1 FROM batch)
                    ORDER BY c.latitude, c.longitude, c.district
                )
                SELECT b.month, p.district, COLUMNS, count(*) AS n
                FROM policedata.stop_search s
                JOIN batch b ON b.id = s.batch_id
                LEFT JOIN point p ON p.latitude = s.latitude AND p.longitude = s.longitude
                GROUP BY b.month, p.district, COLUMNS
                ORDER BY b.month
                """
                        .replace("COLUMNS", columns);
        Map<String, String> shownAs = districtNames.of(force);
        List<StopSearchCount> counts = new ArrayList<>();
        // Cells repeat the same few values: share one copy of each.
        Map<String, String> shared = new java.util.HashMap<>();
        jdbc.sql(sql)
                .param("force", force)
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .query(rs -> {
                    Map<StopSearchField, String> values = new EnumMap<>(StopSearchField.class);
                    for (Map.Entry<StopSearchField, String> column : COLUMNS.entrySet()) {
                        String value = rs.getString(column.getValue());
                        values.put(column.getKey(), shared.computeIfAbsent(value == null ? "" : value, v -> v));
                    }
                    values.put(
                            StopSearchField.SELF_DEFINED_ETHNIC_GROUP,
                            shared.computeIfAbsent(
                                    StopSearchField.broadEthnicGroup(
                                            values.get(StopSearchField.SELF_DEFINED_ETHNICITY)),
                                    v -> v));
                    String district = rs.getString("district");
                    counts.add(new StopSearchCount(
                            YearMonth.from(rs.getDate("month").toLocalDate()),
                            district == null
                                    ? ""
                                    : shared.computeIfAbsent(shownAs.getOrDefault(district, district), v -> v),
                            values,
                            rs.getLong("n")));
                });
        return counts;
    }
}
