package org.oversight.policedata.counts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.oversight.policedata.Area;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.PoliceCounts;
import org.oversight.policedata.PoliceDataKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads counts of stored police data: monthly totals from the count tables written with each batch
 * (for performance work), and one batch's rows grouped by any of its columns.
 */
@Component
public class StoredCounts {

    private final JdbcClient jdbc;

    StoredCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Monthly totals of one kind's count table in an area, filtered by up to two columns' values (all
     * when empty); every imported month is listed, with 0 where nothing matched.
     */
    public SortedMap<YearMonth, Long> monthly(
            String kind,
            String countTable,
            Area area,
            String firstColumn,
            Collection<String> firstValues,
            String secondColumn,
            Collection<String> secondValues,
            YearMonth from,
            YearMonth to) {
        // Only fixed column and table names are put together here; every value is a parameter.
        StringBuilder filter = new StringBuilder("TRUE");
        if (!firstValues.isEmpty()) {
            filter.append(" AND c.").append(firstColumn).append(" IN (:first)");
        }
        if (secondColumn != null && !secondValues.isEmpty()) {
            filter.append(" AND c.").append(secondColumn).append(" IN (:second)");
        }
        switch (area.kind()) {
            case FORCE -> {}
            case DISTRICT -> filter.append(" AND c.district = :area");
            case NO_DISTRICT -> filter.append(" AND c.district IS NULL");
            case AREA_SET ->
                filter.append(" AND c.lsoa_code IN (SELECT m.lsoa_code FROM policedata.area_set_member m"
                        + " JOIN policedata.area_set s ON s.id = m.area_set_id WHERE s.name = :area)");
        }
        // Matching counts are summed per batch first (the batch and category index serves the
        // filter); every imported month is then listed, with 0 where nothing matched.
        String batches = "b.kind = :kind AND b.force_slug = :force AND b.month BETWEEN :from AND :to";
        String sql = "SELECT b.month, coalesce(x.n, 0) AS n FROM policedata.import_batch b LEFT JOIN ("
                + "SELECT c.batch_id, sum(c.n) AS n FROM policedata." + countTable + " c"
                + " JOIN policedata.import_batch b ON b.id = c.batch_id AND " + batches
                + " WHERE " + filter + " GROUP BY c.batch_id) x ON x.batch_id = b.id"
                + " WHERE " + batches + " ORDER BY b.month";
        var statement = jdbc.sql(sql)
                .param("kind", kind)
                .param("force", area.force())
                .param("from", from.atDay(1))
                .param("to", to.atDay(1));
        if (!firstValues.isEmpty()) {
            statement = statement.param("first", List.copyOf(firstValues));
        }
        if (secondColumn != null && !secondValues.isEmpty()) {
            statement = statement.param("second", List.copyOf(secondValues));
        }
        if (area.kind() == Area.Kind.DISTRICT || area.kind() == Area.Kind.AREA_SET) {
            statement = statement.param("area", area.name());
        }
        SortedMap<YearMonth, Long> result = new TreeMap<>();
        statement.query(rs -> {
            result.put(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("n"));
        });
        return result;
    }

    /**
     * The fields a kind of file can be counted by: its columns' names in lower case with hyphens
     * ({@code crime-type}, {@code officer-defined-ethnicity}), plus {@code district} where the file
     * has LSOA names.
     */
    public static List<String> fields(PoliceDataKind kind) {
        List<String> fields =
                new ArrayList<>(kind.header().stream().map(StoredCounts::slug).toList());
        if (kind != PoliceDataKind.STOP_AND_SEARCH) {
            fields.add("district");
        }
        return fields;
    }

    /** One batch's stored rows grouped by the named fields (see {@link #fields}); an unknown field is refused. */
    public PoliceCounts byFields(ImportBatch batch, List<String> fields) {
        PoliceDataKind kind = batch.kind();
        List<String> known = fields(kind);
        List<String> columns = new ArrayList<>();
        for (String field : fields) {
            int index = known.indexOf(field);
            if (index < 0) {
                throw new IllegalArgumentException("'" + field + "' is not a field of " + kind.slug()
                        + " files; use one of: " + String.join(", ", known));
            }
            columns.add(COLUMNS.get(kind).get(index));
        }
        String groupBy = String.join(", ", columns);
        String table =
                switch (kind) {
                    case STREET -> "street_crime";
                    case OUTCOMES -> "outcome";
                    case STOP_AND_SEARCH -> "stop_search";
                };
        // Column names come from the fixed list above, never from the request.
        String sql = "SELECT " + groupBy + ", count(*) AS n FROM policedata." + table
                + " WHERE batch_id = :batch GROUP BY " + groupBy + " ORDER BY " + groupBy;
        List<PoliceCounts.Row> rows = jdbc.sql(sql)
                .param("batch", batch.id())
                .query((rs, i) -> {
                    List<String> values = new ArrayList<>();
                    for (int c = 1; c <= columns.size(); c++) {
                        String value = rs.getString(c);
                        values.add(value == null ? "" : value);
                    }
                    return new PoliceCounts.Row(values, rs.getLong("n"));
                })
                .list();
        return new PoliceCounts(List.copyOf(fields), rows);
    }

    private static final java.util.Map<PoliceDataKind, List<String>> COLUMNS = java.util.Map.of(
            PoliceDataKind.STREET,
            Arrays.asList(
                    "crime_id",
                    "month",
                    "reported_by",
                    "falls_within",
                    "longitude",
                    "latitude",
                    "location",
                    "lsoa_code",
                    "lsoa_name",
                    "crime_type",
                    "last_outcome_category",
                    "context",
                    "district"),
            PoliceDataKind.OUTCOMES,
            Arrays.asList(
                    "crime_id",
                    "month",
                    "reported_by",
                    "falls_within",
                    "longitude",
                    "latitude",
                    "location",
                    "lsoa_code",
                    "lsoa_name",
                    "outcome_type",
                    "district"),
            PoliceDataKind.STOP_AND_SEARCH,
            Arrays.asList(
                    "type",
                    "date",
                    "part_of_a_policing_operation",
                    "policing_operation",
                    "latitude",
                    "longitude",
                    "gender",
                    "age_range",
                    "self_defined_ethnicity",
                    "officer_defined_ethnicity",
                    "legislation",
                    "object_of_search",
                    "outcome",
                    "outcome_linked_to_object",
                    "removal_of_outer_clothing"));

    static String slug(String header) {
        return header.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
