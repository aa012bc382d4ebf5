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
