package org.oversight.policedata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.platform.TemporaryFiles;
import org.oversight.policedata.area.AreaSets;
import org.oversight.policedata.area.DistrictNames;
import org.oversight.policedata.completeness.Completeness;
import org.oversight.policedata.counts.MonthlyCells;
import org.oversight.policedata.counts.StopSearchCounts;
import org.oversight.policedata.counts.StoredCounts;
import org.oversight.policedata.demo.DemonstrationProgress;
import org.oversight.policedata.demo.DemonstrationRecord;
import org.oversight.policedata.load.DataVersion;
import org.oversight.policedata.load.ImportBatches;
import org.oversight.policedata.load.PoliceDataSources;
import org.oversight.policedata.load.PoliceFileLoader;
import org.oversight.policedata.load.PublishedValues;
import org.oversight.policedata.load.RowLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Police data: importing data.police.uk files, their batches, and counts of their rows. */
@Service
public class PoliceDataApi {

    private static final Logger log = LoggerFactory.getLogger(PoliceDataApi.class);

    private final PoliceFileLoader loader;
    private final ImportBatches batches;
    private final AreaSets areaSets;
    private final StoredCounts storedCounts;
    private final MonthlyCells cells;
    private final DistrictNames districtNames;
    private final ApplicationEventPublisher events;
    private final Completeness completeness;
    private final DataVersion version;
    private final DemonstrationProgress demonstrationProgress;
    private final DemonstrationRecord demonstrationRecord;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ImportLimits limits;
    private final TemporaryFiles temporaryFiles;
    private final StopSearchCounts stopSearchCounts;

    PoliceDataApi(
            PoliceFileLoader loader,
            ImportBatches batches,
            AreaSets areaSets,
            StoredCounts storedCounts,
            MonthlyCells cells,
            DistrictNames districtNames,
            ApplicationEventPublisher events,
            Completeness completeness,
            DataVersion version,
            DemonstrationProgress demonstrationProgress,
            DemonstrationRecord demonstrationRecord,
            JdbcClient jdbc,
            Clock clock,
            ImportLimits limits,
            TemporaryFiles temporaryFiles,
            StopSearchCounts stopSearchCounts) {
        this.loader = loader;
        this.batches = batches;
        this.areaSets = areaSets;
        this.storedCounts = storedCounts;
        this.cells = cells;
        this.districtNames = districtNames;
        this.events = events;
        this.completeness = completeness;
        this.version = version;
        this.demonstrationProgress = demonstrationProgress;
        this.demonstrationRecord = demonstrationRecord;
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
        this.temporaryFiles = temporaryFiles;
        this.stopSearchCounts = stopSearchCounts;
    }

    /**
     * Stores a named area set from a CSV list of LSOA codes, replacing a set of the same name; all or
     * nothing. Throws {@link AreaSetRefused} naming the line of every problem.
     */
    @Transactional
    public AreaSet importAreaSet(String name, String fileName, java.io.InputStream csv, String by) {
        AreaSet stored = areaSets.store(name, fileName, csv, by);
        // Figures kept in memory for an area set of this name were counted over its old LSOAs.
        version.changed();
        return stored;
    }

    @Transactional(readOnly = true)
    public List<AreaSet> areaSets() {
        return areaSets.all();
    }

    /**
     * Imports files, folders and zip archives, each file in its own transaction, within the
     * configured {@link ImportLimits}. A refused file leaves the database as it was; the others still
     * load.
     *
     * @param demonstration the files are generated demonstration data, labelled as such everywhere
     */
    public List<FileImportResult> importPaths(
            List<Path> paths, boolean demonstration, String by, ImportListener listener) {
        return importPaths(paths, demonstration, by, listener, limits);
    }

    /**
     * Imports within the given limits: an archive entry or archive that grows past them is not read
     * further; a file past the rows left to the upload is refused, and files after the upload's limit
     * of rows or files are not read.
     */
    public List<FileImportResult> importPaths(
            List<Path> paths, boolean demonstration, String by, ImportListener listener, ImportLimits limits) {
        List<FileImportResult> results = new ArrayList<>();
        long[] stored = {0};
        try {
            Path entries = temporaryFiles.newFolder("police-data-");
            try {
                PoliceDataSources.each(paths, limits, entries, source -> {
                    FileImportResult result;
                    if (source.problem() != null) {
                        result = refused(source.displayName(), source.problem(), listener);
                    } else if (stored[0] >= limits.maxRowsPerUpload()) {
                        result = refused(
                                source.displayName(),
                                "not read: the files before it stored the import's limit of "
                                        + limits.maxRowsPerUpload()
                                        + " rows (oversight.police-data.limits.max-rows-per-upload)",
                                listener);
                    } else {
                        RowLimit rows = RowLimit.perFile(limits.maxRowsPerFile())
                                .tighter(RowLimit.leftOfUpload(limits.maxRowsPerUpload(), stored[0]));
                        result = loadOne(source, demonstration, by, listener, rows);
                        if (result.status() == ImportStatus.IMPORTED || result.status() == ImportStatus.REPLACED) {
                            stored[0] += result.rowsAccepted();
                        }
                    }
                    results.add(result);
                });
            } finally {
                temporaryFiles.delete(entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    /**
     * One file; whatever goes wrong with it (its transaction rolled back) does not stop the others. A
     * loaded file's result says whether its month is complete, as judged just after it loaded. A fault
     * of Oversight's own (not the file's) is logged with a reference the result gives, never with the
     * database's words.
     */
    private FileImportResult loadOne(
            PoliceDataSources.Source source, boolean demonstration, String by, ImportListener listener, RowLimit rows) {
        try {
            FileImportResult result =
                    loader.load(source.displayName(), source.file(), demonstration, by, untilFinished(listener), rows);
            if (!result.refused()) {
                result = result.withCompleteness(completeness
                        .month(result.force(), result.kind(), result.month())
                        .orElse(null));
            }
            listener.fileFinished(result);
            return result;
        } catch (RuntimeException e) {
            String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
            log.error("event=police_file_failed file={} reference={}", source.displayName(), reference, e);
            return refused(
                    source.displayName(),
                    "could not be imported because of a fault in Oversight, not in the file (reference " + reference
                            + " in Oversight's log); nothing was stored",
                    listener);
        }
    }

    /** Passes on everything but the end of a file, which is told once the result is complete. */
    private static ImportListener untilFinished(ImportListener listener) {
        return new ImportListener() {
            @Override
            public void fileStarted(String file, long bytes) {
                listener.fileStarted(file, bytes);
            }

            @Override
            public void progressed(String file, long bytesRead, long rowsRead) {
                listener.progressed(file, bytesRead, rowsRead);
            }
        };
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
                null,
                null);
        listener.fileFinished(result);
        return result;
    }

    /** Every import batch, newest month first (within a month by force, then street, outcomes, stop and search). */
    @Transactional(readOnly = true)
    public List<ImportBatch> batches() {
        return batches.all();
    }

    /**
     * One page of the batches the filter lets through, newest month first.
     *
     * @param page 1-based; a page after the last gives an empty list
     * @param size batches per page, from 1 to 500
     */
    @Transactional(readOnly = true)
    public BatchPage batches(BatchFilter filter, int page, int size) {
        if (page < 1) {
            throw new IllegalArgumentException("the page must be 1 or more, was " + page);
        }
        if (size < 1 || size > 500) {
            throw new IllegalArgumentException("the page size must be from 1 to 500, was " + size);
        }
        return new BatchPage(batches.find(filter, (long) (page - 1) * size, size), page, size, batches.count(filter));
    }

    /** Every batch the filter lets through, newest month first. */
    @Transactional(readOnly = true)
    public List<ImportBatch> batches(BatchFilter filter) {
        return batches.find(filter, 0, Integer.MAX_VALUE);
    }

    /** The forces that have batches, by slug in alphabetical order. */
    @Transactional(readOnly = true)
    public List<String> forces() {
        return batches.forces();
    }

    /** The months that have batches, newest first. */
    @Transactional(readOnly = true)
    public List<YearMonth> months() {
        return batches.months();
    }

    @Transactional(readOnly = true)
    public Optional<ImportBatch> batch(long id) {
        return batches.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<ImportBatch> batch(PoliceDataKind kind, String force, YearMonth month) {
        return batches.find(kind, force, month);
    }

    /** Removes a batch and exactly its rows and counts, by {@code by}; false when there is no such batch. */
    @Transactional
    public boolean removeBatch(long id, String by) {
        Optional<ImportBatch> found = batches.find(id);
        if (found.isEmpty()) {
            return false;
        }
        // An import of the same month may be replacing it now: wait for it, then look again.
        batches.takeTurn(found.get().kind(), found.get().force(), found.get().month());
        Optional<ImportBatch> batch = batches.find(id);
        batch.ifPresent(removed -> remove(removed, by));
        batch.ifPresent(removed -> version.changed());
        return batch.isPresent();
    }

    private void remove(ImportBatch batch, String by) {
        batches.remove(batch);
        events.publishEvent(new ImportBatchRemoved(batch, by));
    }

    /**
     * Removes every batch of generated demonstration data and returns how many. They are not loaded
     * again, even when a load was interrupted (a load running now stops and removes what it added).
     */
    @Transactional
    public int removeDemonstrationData(String by) {
        List<ImportBatch> demonstration =
                batches.all().stream().filter(ImportBatch::demonstration).toList();
        demonstration.forEach(batch -> remove(batch, by));
        boolean wasDone = demonstrationRecord.done();
        demonstrationRecord.markDone(clock.instant());
        if (!demonstration.isEmpty()) {
            version.changed();
        }
        if (!demonstration.isEmpty() || !wasDone) {
            events.publishEvent(new DemonstrationDataRemoved(demonstration.size(), by));
        }
        return demonstration.size();
    }

    /**
     * The demonstration data being loaded in the background on a first start (files done of all,
     * when it started), or the failure that stopped it; empty when nothing is loading. Figures from
     * police data are not complete until it is empty.
     */
    public Optional<DemonstrationLoading> demonstrationLoading() {
        return demonstrationProgress.current();
    }

    /**
     * Waits until the demonstration data have loaded (true at once when none are loading); false when
     * the load failed or the timeout passed. For tests and tools that need the data; pages never wait.
     */
    public boolean awaitDemonstrationData(java.time.Duration timeout) throws InterruptedException {
        return demonstrationProgress.await(timeout);
    }

    // ---- Completeness (ADR 0008) -----------------------------------------------------------------

    /**
     * Every month from the force's first to its last imported month of this kind, in order, missing
     * months included: rows, the usual size of its nearest months, the rule's judgement, any mark,
     * and whether it counts as complete, with the reason.
     */
    @Transactional(readOnly = true)
    public List<MonthCompleteness> completeness(String force, PoliceDataKind kind) {
        return completeness.months(force, kind);
    }

    /**
     * One month's completeness; empty when the month lies outside the imported months and has no mark.
     */
    @Transactional(readOnly = true)
    public Optional<MonthCompleteness> completeness(String force, PoliceDataKind kind, YearMonth month) {
        return completeness.month(force, kind, month);
    }

    /**
     * Marks a month complete or incomplete by hand, with a note; the mark wins over the rule until it
     * is cleared, and stays when the month's file is imported again or removed. Throws {@link
     * MonthMarkRefused} (nothing changed) without a note, or for a month that cannot be marked: complete
     * needs the month's file, incomplete a month between the first and last imported ones.
     */
    @Transactional
    public MonthCompleteness markMonth(
            String force, PoliceDataKind kind, YearMonth month, boolean complete, String note, String by) {
        return completeness.mark(force, kind, month, complete, note, by);
    }

    /**
     * Clears a month's mark so that the rule decides again (nothing changes when it has none), and
     * returns the month as now judged (a month outside the imported ones is missing).
     */
    @Transactional
    public MonthCompleteness clearMark(String force, PoliceDataKind kind, YearMonth month, String by) {
        return completeness.clearMark(force, kind, month, by);
    }

    /**
     * A value that changes whenever an import, a removal or a mark changes anything figures read from
     * police data (in this process or another, such as the command line): figures may be cached until
     * it changes. One indexed read.
     */
    @Transactional(readOnly = true)
    public String dataVersion() {
        return Long.toString(version.current());
    }

    @Transactional(readOnly = true)
    public boolean hasDemonstrationData() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM policedata.import_batch WHERE demonstration)")
                .query(Boolean.class)
                .single();
    }

    /**
     * Street crimes counted by month: of the given crime types (all when empty) and, when given, only
     * those whose last outcome is one of {@code lastOutcomes}, in an area. A month appears only when
     * its street file has been imported (a month without data is absent, never zero). Every month is
     * listed, complete or not: see {@link #completeness}. For each month the force's count is the sum
     * of its districts' and {@link Area#noDistrict}'s; a district is counted under the name it is
     * shown as (see {@link #districtNames}). Read from counts kept in memory: after an import only the
     * new batch is read.
     */
    @Transactional(readOnly = true)
    public java.util.SortedMap<YearMonth, Long> monthlyStreetCounts(
            Area area,
            java.util.Collection<String> crimeTypes,
            java.util.Collection<String> lastOutcomes,
            YearMonth from,
            YearMonth to) {
        if (area.kind() != Area.Kind.AREA_SET) {
            return cells.street(area, crimeTypes, lastOutcomes, from, to);
        }
        return storedCounts.monthly(
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

    /**
     * Stop and search records of a force counted by month, those the filter takes (for example the
     * searches under section 60, or those of people aged 10-17 with an outcome other than no further
     * action). Every imported month of the force's stop and search files is listed, with 0 where none
     * matched. A search has coordinates but no LSOA, so it has no district: these counts are for the
     * whole force only (docs/adr/0013).
     */
    @Transactional(readOnly = true)
    public java.util.SortedMap<YearMonth, Long> monthlyStopSearchCounts(
            String force, StopSearchFilter filter, YearMonth from, YearMonth to) {
        return cells.stopSearches(force, filter, from, to);
    }

    /**
     * A force's stop and search records from {@code from} to {@code to} (months included), grouped by
     * month and every categorical column, without a district ({@link StopSearchCount#district} is
     * empty). Nothing is left out: a blank value is kept as the empty string. Read from the counts
     * kept in memory (ADR 0017).
     */
    @Transactional(readOnly = true)
    public List<StopSearchCount> stopSearchCounts(String force, YearMonth from, YearMonth to) {
        return cells.stopSearchCounts(force, from, to);
    }

    /**
     * As {@link #stopSearchCounts}, each count also placed in the district its coordinates give (see
     * {@link StopSearchCount#district}): the search's map point matched to the street crimes of the
     * same months recorded there. Read from the stored rows, so slower: for a district breakdown.
     */
    @Transactional(readOnly = true)
    public List<StopSearchCount> stopSearchCountsByDistrict(String force, YearMonth from, YearMonth to) {
        return stopSearchCounts.of(force, from, to);
    }

    /**
     * The forces that have stop and search files imported, by slug in alphabetical order.
     */
    @Transactional(readOnly = true)
    public List<String> stopSearchForces() {
        return jdbc.sql("SELECT DISTINCT force_slug FROM policedata.import_batch WHERE kind = 'stop-and-search'"
                        + " ORDER BY force_slug")
                .query(String.class)
                .list();
    }

    /**
     * The months of a force's stop and search files, oldest first.
     */
    @Transactional(readOnly = true)
    public List<YearMonth> stopSearchMonths(String force) {
        return jdbc.sql("SELECT month FROM policedata.import_batch WHERE kind = 'stop-and-search'"
                        + " AND force_slug = :force ORDER BY month")
                .param("force", force)
                .query((rs, n) -> YearMonth.from(rs.getDate("month").toLocalDate()))
                .list();
    }

    /**
     * Whether any of a force's stop and search files from {@code from} to {@code to} is generated
     * demonstration data.
     */
    @Transactional(readOnly = true)
    public boolean stopSearchDemonstration(String force, YearMonth from, YearMonth to) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM policedata.import_batch WHERE kind = 'stop-and-search'"
                        + " AND force_slug = :force AND demonstration AND month BETWEEN :from AND :to)")
                .param("force", force)
                .param("from", java.sql.Date.valueOf(from.atDay(1)))
                .param("to", java.sql.Date.valueOf(to.atDay(1)))
                .query(Boolean.class)
                .single();
    }

    /**
     * The values a field of stop and search files may have: those data.police.uk publishes and any
     * other value found in the stored records, in alphabetical order (blank left out).
     */
    @Transactional(readOnly = true)
    public List<String> stopSearchValues(StopSearchField field) {
        java.util.TreeSet<String> values = new java.util.TreeSet<>(
                field == StopSearchField.SELF_DEFINED_ETHNIC_GROUP
                        ? java.util.Set.of("White", "Black", "Asian", "Mixed", "Other")
                        : PublishedValues.stopSearch(field.label()));
        values.addAll(cells.stopSearchValues(field));
        return List.copyOf(values);
    }

    /** The crime types of street files: those data.police.uk publishes and any other found in the stored counts. */
    @Transactional(readOnly = true)
    public List<String> crimeTypes() {
        java.util.TreeSet<String> values = new java.util.TreeSet<>(PublishedValues.crimeTypes());
        values.addAll(cells.streetValues(true));
        return List.copyOf(values);
    }

    /** The last outcome categories of street files: those data.police.uk publishes and any other stored. */
    @Transactional(readOnly = true)
    public List<String> outcomeCategories() {
        java.util.TreeSet<String> values = new java.util.TreeSet<>(PublishedValues.outcomes());
        values.addAll(cells.streetValues(false));
        return List.copyOf(values);
    }

    /** Outcomes recorded by month (from outcomes files) of the given outcome types (all when empty), in an area. */
    @Transactional(readOnly = true)
    public java.util.SortedMap<YearMonth, Long> monthlyOutcomeCounts(
            Area area, java.util.Collection<String> outcomeTypes, YearMonth from, YearMonth to) {
        return storedCounts.monthly(
                "outcomes", "outcome_count", area, "outcome_type", outcomeTypes, null, List.of(), from, to);
    }

    /**
     * The force's districts as shown, in alphabetical order: the local authority districts the LSOA
     * names of its street data give, renamed or grouped as set in {@link #nameDistricts}.
     */
    @Transactional(readOnly = true)
    public List<String> districts(String force) {
        return cells.districts(force);
    }

    /** Each district the force's street data name (as the LSOA names give it) with the name it is shown as. */
    @Transactional(readOnly = true)
    public List<DistrictName> districtNames(String force) {
        java.util.Map<String, String> names = districtNames.of(force);
        return cells.rawDistricts(force).stream()
                .map(d -> new DistrictName(d, names.getOrDefault(d, d)))
                .toList();
    }

    /**
     * Shows the force's districts under new names: each district given (as the LSOA names give it) is
     * shown as its new name, several districts given one name are shown as one, and a district not
     * given (or given its own name) is shown as it is. Figures follow at once. Throws {@link
     * DistrictNamesRefused} (nothing changed) for a district the force's data do not name, or a blank
     * name.
     */
    @Transactional
    public List<DistrictName> nameDistricts(String force, java.util.Map<String, String> shownAs, String by) {
        List<String> known = cells.rawDistricts(force);
        java.util.Map<String, String> named = new java.util.TreeMap<>();
        for (var entry : shownAs.entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw new DistrictNamesRefused("'" + entry.getKey() + "' is not a district of " + force
                        + "'s imported data (its districts: " + String.join(", ", known) + ")");
            }
            String shown = entry.getValue() == null ? "" : entry.getValue().strip();
            if (shown.isEmpty()) {
                throw new DistrictNamesRefused("Enter the name " + entry.getKey() + " is shown as");
            }
            if (shown.equals(Area.NO_DISTRICT)) {
                throw new DistrictNamesRefused("'" + Area.NO_DISTRICT + "' names the rows without a district");
            }
            if (!shown.equals(entry.getKey())) {
                named.put(entry.getKey(), shown);
            }
        }
        java.util.Map<String, String> before = districtNames.of(force);
        if (!before.equals(named)) {
            districtNames.replace(force, named, by, clock.instant());
            version.changed();
            events.publishEvent(new DistrictNamesChanged(force, before, named, by));
        }
        return districtNames(force);
    }

    /**
     * The fields a kind of file can be counted by: its columns' names in lower case with hyphens
     * ({@code crime-type}, {@code officer-defined-ethnicity}), plus {@code district} where the file
     * has LSOA names.
     */
    public static List<String> countFields(PoliceDataKind kind) {
        return StoredCounts.fields(kind);
    }

    /** Counts one batch's stored rows grouped by the named fields (see {@link #countFields}). */
    @Transactional(readOnly = true)
    public PoliceCounts counts(PoliceDataKind kind, String force, YearMonth month, List<String> fields) {
        ImportBatch batch = batches.find(kind, force, month)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no " + kind.slug() + " data for " + force + " in " + month + " has been imported"));
        return storedCounts.byFields(batch, fields);
    }
}
