package org.oversight.policedata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oversight.policedata.area.AreaSets;
import org.oversight.policedata.load.ImportBatches;
import org.oversight.policedata.load.PoliceDataSources;
import org.oversight.policedata.load.PoliceFileLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Police data: importing data.police.uk files, their batches, and counts of their rows. */
@Service
public class PoliceDataApi {

    private final PoliceFileLoader loader;
    private final ImportBatches batches;
    private final AreaSets areaSets;
    private final JdbcClient jdbc;

    PoliceDataApi(PoliceFileLoader loader, ImportBatches batches, AreaSets areaSets, JdbcClient jdbc) {
        this.loader = loader;
        this.batches = batches;
        this.areaSets = areaSets;
        this.jdbc = jdbc;
    }

    /**
     * Stores a named area set from a CSV list of LSOA codes, replacing a set of the same name; all or
     * nothing. Throws {@link AreaSetRefused} naming the line of every problem.
     */
    @Transactional
    public AreaSet importAreaSet(String name, String fileName, java.io.InputStream csv, String by) {
        return areaSets.store(name, fileName, csv, by);
    }

    @Transactional(readOnly = true)
    public List<AreaSet> areaSets() {
        return areaSets.all();
    }

    /**
     * Imports files, folders and zip archives, each file in its own transaction. A refused file
     * leaves the database as it was; the others still load.
     *
     * @param demonstration the files are generated demonstration data, labelled as such everywhere
     */
    public List<FileImportResult> importPaths(
            List<Path> paths, boolean demonstration, String by, ImportListener listener) {
        List<FileImportResult> results = new ArrayList<>();
        try {
            PoliceDataSources.each(
                    paths,
                    source -> results.add(
                            source.problem() != null
                                    ? refused(source.displayName(), source.problem(), listener)
                                    : loadOne(source, demonstration, by, listener)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    /** One file; whatever goes wrong with it (its transaction rolled back) does not stop the others. */
    private FileImportResult loadOne(
            PoliceDataSources.Source source, boolean demonstration, String by, ImportListener listener) {
        try {
            return loader.load(source.displayName(), source.file(), demonstration, by, listener);
        } catch (RuntimeException e) {
            return refused(
                    source.displayName(), "could not be imported, nothing was stored: " + e.getMessage(), listener);
        }
    }

    private static FileImportResult refused(String file, String problem, ImportListener listener) {
        FileImportResult result = new FileImportResult(
                file,
                null,
                null,
                null,
                ImportStatus.REFUSED,
                0,
                0,
                0,
                null,
                new FileImportResult.Problem(0, 0, problem),
                null);
        listener.fileFinished(result);
        return result;
    }

    @Transactional(readOnly = true)
    public List<ImportBatch> batches() {
        return batches.all();
    }

    @Transactional(readOnly = true)
    public Optional<ImportBatch> batch(long id) {
        return batches.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<ImportBatch> batch(PoliceDataKind kind, String force, YearMonth month) {
        return batches.find(kind, force, month);
    }

    /** Removes a batch and exactly its rows and counts; false when there is no such batch. */
    @Transactional
    public boolean removeBatch(long id) {
        Optional<ImportBatch> batch = batches.find(id);
        batch.ifPresent(batches::remove);
        return batch.isPresent();
    }

    /** Removes every batch of generated demonstration data; returns how many. */
    @Transactional
    public int removeDemonstrationData() {
        List<ImportBatch> demonstration =
                batches.all().stream().filter(ImportBatch::demonstration).toList();
        demonstration.forEach(batches::remove);
        return demonstration.size();
    }

    @Transactional(readOnly = true)
    public boolean hasDemonstrationData() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM policedata.import_batch WHERE demonstration)")
                .query(Boolean.class)
                .single();
    }

    /**
     * Street crimes counted by month from the stored counts: of the given crime types (all when
     * empty) and, when given, only those whose last outcome is one of {@code lastOutcomes}, in an
     * area. A month appears only when its street file has been imported (a month without data is
     * absent, never zero).
     */
    @Transactional(readOnly = true)
    public java.util.SortedMap<YearMonth, Long> monthlyStreetCounts(
            Area area,
            java.util.Collection<String> crimeTypes,
            java.util.Collection<String> lastOutcomes,
            YearMonth from,
            YearMonth to) {
        return monthly(
                "street",
                "street_count",
                area,
                "crime_type",
                crimeTypes,
                "last_outcome_category",
                lastOutcomes,
                from,
                to);
    }

    /** Outcomes recorded by month (from outcomes files) of the given outcome types (all when empty), in an area. */
    @Transactional(readOnly = true)
    public java.util.SortedMap<YearMonth, Long> monthlyOutcomeCounts(
            Area area, java.util.Collection<String> outcomeTypes, YearMonth from, YearMonth to) {
        return monthly("outcomes", "outcome_count", area, "outcome_type", outcomeTypes, null, List.of(), from, to);
    }

    /** The districts that the force's stored counts name, in alphabetical order. */
    @Transactional(readOnly = true)
    public List<String> districts(String force) {
        return jdbc.sql("SELECT DISTINCT district FROM policedata.street_count WHERE force_slug = :force"
                        + " AND district IS NOT NULL ORDER BY district")
                .param("force", force)
                .query(String.class)
                .list();
    }

    private java.util.SortedMap<YearMonth, Long> monthly(
            String kind,
            String countTable,
            Area area,
            String firstColumn,
            java.util.Collection<String> firstValues,
            String secondColumn,
            java.util.Collection<String> secondValues,
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
        if (area.kind() != Area.Kind.FORCE) {
            statement = statement.param("area", area.name());
        }
        java.util.SortedMap<YearMonth, Long> result = new java.util.TreeMap<>();
        statement.query(rs -> {
            result.put(YearMonth.from(rs.getObject("month", java.time.LocalDate.class)), rs.getLong("n"));
        });
        return result;
    }

    /**
     * The fields a kind of file can be counted by: its columns' names in lower case with hyphens
     * ({@code crime-type}, {@code officer-defined-ethnicity}), plus {@code district} where the file
     * has LSOA names.
     */
    public static List<String> countFields(PoliceDataKind kind) {
        List<String> fields =
                new ArrayList<>(kind.header().stream().map(PoliceDataApi::slug).toList());
        if (kind != PoliceDataKind.STOP_AND_SEARCH) {
            fields.add("district");
        }
        return fields;
    }

    /** Counts one batch's stored rows grouped by the named fields (see {@link #countFields}). */
    @Transactional(readOnly = true)
    public PoliceCounts counts(PoliceDataKind kind, String force, YearMonth month, List<String> fields) {
        ImportBatch batch = batches.find(kind, force, month)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no " + kind.slug() + " data for " + force + " in " + month + " has been imported"));
        List<String> known = countFields(kind);
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
