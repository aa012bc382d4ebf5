package org.oversight.policedata.counts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.oversight.policedata.Area;
import org.oversight.policedata.PoliceDataKind;
import org.oversight.policedata.StopSearchCount;
import org.oversight.policedata.StopSearchField;
import org.oversight.policedata.StopSearchFilter;
import org.oversight.policedata.load.DataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every force's monthly counts in memory, a batch at a time: street crimes by district, crime type
 * and last outcome (from {@code street_district_count}), and stop and search records by every
 * categorical column (grouped from the stored rows, read the first time they are asked for). When the
 * data version changes only the batches added since are read, in one query per kind, and the batches
 * removed are dropped: an import costs one batch's read, not the whole force's (docs/adr/0013).
 */
@Component
public class MonthlyCells {

    private static final Logger log = LoggerFactory.getLogger(MonthlyCells.class);

    /** The stored column of each field read from the rows; the broad ethnic group is derived. */
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

    private static final StopSearchField[] FIELDS = StopSearchField.values();

    private final JdbcClient jdbc;
    private final DataVersion version;
    private final TransactionTemplate consistentRead;
    private final Object lock = new Object();
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    MonthlyCells(JdbcClient jdbc, DataVersion version, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.version = version;
        this.consistentRead = new TransactionTemplate(transactions);
        consistentRead.setReadOnly(true);
        consistentRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** One street batch's counts: cell i is {@code n[i]} crimes of a district, crime type and last outcome. */
    record StreetCells(YearMonth month, int[] district, int[] crimeType, int[] outcome, int[] n) {}

    /** One stop and search batch's counts: cell i is {@code n[i]} records with the values {@code fields[f][i]}. */
    record SearchCells(YearMonth month, int[][] fields, int[] n) {}

    private record Batch(long id, PoliceDataKind kind, String force, YearMonth month) {}

    /** The counts as they stood at one data version; never changed once published. */
    private record Snapshot(
            long version,
            Dictionary dictionary,
            Map<Long, StreetCells> street,
            Map<Long, SearchCells> searches,
            boolean searchesRead,
            Map<String, List<Long>> streetBatches,
            Map<String, List<Long>> searchBatches,
            Map<String, Map<String, String>> districtNames) {
        static final Snapshot EMPTY =
                new Snapshot(-1, new Dictionary(), Map.of(), Map.of(), false, Map.of(), Map.of(), Map.of());
    }

    /**
     * Street crimes counted by month in the force, a district (as shown, with any districts grouped
     * under its name) or the rows with no district; of the crime types and last outcomes given (all
     * when empty). Every imported month is listed, with 0 where nothing matched.
     */
    public SortedMap<YearMonth, Long> street(
            Area area, Collection<String> crimeTypes, Collection<String> outcomes, YearMonth from, YearMonth to) {
        if (area.kind() == Area.Kind.AREA_SET) {
            throw new IllegalArgumentException("area sets are counted from the LSOA counts, not by district");
        }
        Snapshot s = current(false);
        BitSet types = codes(s.dictionary(), crimeTypes);
        BitSet lastOutcomes = codes(s.dictionary(), outcomes);
        BitSet districts = districtCodes(s, area);
        SortedMap<YearMonth, Long> result = new TreeMap<>();
        for (long id : s.streetBatches().getOrDefault(area.force(), List.of())) {
            StreetCells cells = s.street().get(id);
            if (cells.month().isBefore(from) || cells.month().isAfter(to)) {
                continue;
            }
            long total = 0;
            for (int i = 0; i < cells.n().length; i++) {
                if ((types == null || types.get(cells.crimeType()[i]))
                        && (lastOutcomes == null || lastOutcomes.get(cells.outcome()[i]))
                        && (districts == null || districts.get(cells.district()[i]))) {
                    total += cells.n()[i];
                }
            }
            result.put(cells.month(), total);
        }
        return result;
    }

    /**
     * Stop and search records of the force counted by month, those the filter takes; every imported
     * month is listed, with 0 where none matched.
     */
    public SortedMap<YearMonth, Long> stopSearches(
            String force, StopSearchFilter filter, YearMonth from, YearMonth to) {
        Snapshot s = current(true);
        Map<StopSearchField, BitSet> allowed = new EnumMap<>(StopSearchField.class);
        filter.values().forEach((field, values) -> allowed.put(field, codes(s.dictionary(), values, true)));
        SortedMap<YearMonth, Long> result = new TreeMap<>();
        for (long id : s.searchBatches().getOrDefault(force, List.of())) {
            SearchCells cells = s.searches().get(id);
            if (cells.month().isBefore(from) || cells.month().isAfter(to)) {
                continue;
            }
            long total = 0;
            for (int i = 0; i < cells.n().length; i++) {
                boolean taken = true;
                for (Map.Entry<StopSearchField, BitSet> entry : allowed.entrySet()) {
                    if (!entry.getValue().get(cells.fields()[entry.getKey().ordinal()][i])) {
                        taken = false;
                        break;
                    }
                }
                if (taken) {
                    total += cells.n()[i];
                }
            }
            result.put(cells.month(), total);
        }
        return result;
    }

    /**
     * The force's stop and search records from {@code from} to {@code to} grouped by month and every
     * categorical field, as counts without a district (read from memory: placing a search in a
     * district needs its coordinates, see {@link StopSearchCounts}).
     */
    public List<StopSearchCount> stopSearchCounts(String force, YearMonth from, YearMonth to) {
        Snapshot s = current(true);
        List<StopSearchCount> result = new ArrayList<>();
        for (long id : s.searchBatches().getOrDefault(force, List.of())) {
            SearchCells cells = s.searches().get(id);
            if (cells.month().isBefore(from) || cells.month().isAfter(to)) {
                continue;
            }
            for (int i = 0; i < cells.n().length; i++) {
                Map<StopSearchField, String> values = new EnumMap<>(StopSearchField.class);
                for (StopSearchField field : FIELDS) {
                    values.put(field, s.dictionary().name(cells.fields()[field.ordinal()][i]));
                }
                result.add(new StopSearchCount(cells.month(), "", values, cells.n()[i]));
            }
        }
        return result;
    }

    /** The force's districts as shown (renamed and grouped), in alphabetical order. */
    public List<String> districts(String force) {
        Snapshot s = current(false);
        Map<String, String> names = s.districtNames().getOrDefault(force, Map.of());
        TreeSet<String> shown = new TreeSet<>();
        for (String district : rawDistricts(s, force)) {
            shown.add(names.getOrDefault(district, district));
        }
        return List.copyOf(shown);
    }

    /** The force's districts as the LSOA names give them, in alphabetical order. */
    public List<String> rawDistricts(String force) {
        return List.copyOf(rawDistricts(current(false), force));
    }

    private static TreeSet<String> rawDistricts(Snapshot s, String force) {
        BitSet seen = new BitSet();
        for (long id : s.streetBatches().getOrDefault(force, List.of())) {
            for (int code : s.street().get(id).district()) {
                seen.set(code);
            }
        }
        TreeSet<String> names = new TreeSet<>();
        seen.stream()
                .filter(code -> code != Dictionary.BLANK)
                .forEach(code -> names.add(s.dictionary().name(code)));
        return names;
    }

    /** The values of a street column seen in any force's counts ({@code crime_type} or {@code last_outcome_category}). */
    public Set<String> streetValues(boolean crimeTypes) {
        Snapshot s = current(false);
        TreeSet<String> values = new TreeSet<>();
        for (StreetCells cells : s.street().values()) {
            for (int code : crimeTypes ? cells.crimeType() : cells.outcome()) {
                if (code != Dictionary.BLANK) {
                    values.add(s.dictionary().name(code));
                }
            }
        }
        return values;
    }

    /** The values of a stop and search field seen in any force's records (blank left out). */
    public Set<String> stopSearchValues(StopSearchField field) {
        Snapshot s = current(true);
        TreeSet<String> values = new TreeSet<>();
        for (SearchCells cells : s.searches().values()) {
            for (int code : cells.fields()[field.ordinal()]) {
                if (code != Dictionary.BLANK) {
                    values.add(s.dictionary().name(code));
                }
            }
        }
        return values;
    }

    private static BitSet codes(Dictionary dictionary, Collection<String> values) {
        return values.isEmpty() ? null : codes(dictionary, values, false);
    }

    private static BitSet codes(Dictionary dictionary, Collection<String> values, boolean blankAllowed) {
        BitSet codes = new BitSet();
        for (String value : values) {
            if (value.isEmpty() && blankAllowed) {
                codes.set(Dictionary.BLANK);
            } else {
                int code = dictionary.find(value);
                if (code > Dictionary.BLANK) {
                    codes.set(code);
                }
            }
        }
        return codes;
    }

    private static BitSet districtCodes(Snapshot s, Area area) {
        return switch (area.kind()) {
            case FORCE -> null;
            case NO_DISTRICT -> {
                BitSet blank = new BitSet();
                blank.set(Dictionary.BLANK);
                yield blank;
            }
            default -> {
                Map<String, String> names = s.districtNames().getOrDefault(area.force(), Map.of());
                BitSet codes = new BitSet();
                for (String district : rawDistricts(s, area.force())) {
                    if (names.getOrDefault(district, district).equals(area.name())) {
                        codes.set(s.dictionary().find(district));
                    }
                }
                yield codes;
            }
        };
    }

    /** The counts as they stand now: read again only for the batches that changed since. */
    private Snapshot current(boolean searches) {
        long now = version.current();
        Snapshot s = snapshot;
        if (s.version() == now && (s.searchesRead() || !searches)) {
            return s;
        }
        synchronized (lock) {
            s = snapshot;
            if (s.version() == now && (s.searchesRead() || !searches)) {
                return s;
            }
            boolean readSearches = searches || s.searchesRead();
            Snapshot previous = s;
            Snapshot next = consistentRead.execute(status -> refresh(previous, readSearches));
            snapshot = next;
            return next;
        }
    }

    private Snapshot refresh(Snapshot previous, boolean readSearches) {
        long started = System.nanoTime();
        long at = version.current();
        List<Batch> batches = jdbc.sql("SELECT id, kind, force_slug, month FROM policedata.import_batch"
                        + " WHERE kind IN ('street', 'stop-and-search') ORDER BY month")
                .query((rs, i) -> new Batch(
                        rs.getLong("id"),
                        PoliceDataKind.fromSlug(rs.getString("kind")).orElseThrow(),
                        rs.getString("force_slug"),
                        YearMonth.from(rs.getObject("month", LocalDate.class))))
                .list();
        Dictionary dictionary = previous.dictionary().copy();
        Map<Long, StreetCells> street = new HashMap<>();
        Map<Long, SearchCells> searches = new HashMap<>();
        Map<String, List<Long>> streetBatches = new HashMap<>();
        Map<String, List<Long>> searchBatches = new HashMap<>();
        List<Long> newStreet = new ArrayList<>();
        List<Long> newSearches = new ArrayList<>();
        Map<Long, Batch> byId = new HashMap<>();
        for (Batch batch : batches) {
            byId.put(batch.id(), batch);
            if (batch.kind() == PoliceDataKind.STREET) {
                streetBatches
                        .computeIfAbsent(batch.force(), f -> new ArrayList<>())
                        .add(batch.id());
                StreetCells known = previous.street().get(batch.id());
                if (known == null) {
                    newStreet.add(batch.id());
                } else {
                    street.put(batch.id(), known);
                }
            } else if (readSearches) {
                searchBatches
                        .computeIfAbsent(batch.force(), f -> new ArrayList<>())
                        .add(batch.id());
                SearchCells known = previous.searches().get(batch.id());
                if (known == null) {
                    newSearches.add(batch.id());
                } else {
                    searches.put(batch.id(), known);
                }
            }
        }
        if (!newStreet.isEmpty()) {
            street.putAll(readStreet(newStreet, byId, dictionary));
        }
        if (!newSearches.isEmpty()) {
            searches.putAll(readSearches(newSearches, byId, dictionary));
        }
        Map<String, Map<String, String>> names = new HashMap<>();
        jdbc.sql("SELECT force_slug, district, shown_as FROM policedata.district_name")
                .query(rs -> {
                    names.computeIfAbsent(rs.getString("force_slug"), f -> new HashMap<>())
                            .put(rs.getString("district"), rs.getString("shown_as"));
                });
        log.debug(
                "event=monthly_cells_read version={} streetBatchesRead={} searchBatchesRead={} ms={}",
                at,
                newStreet.size(),
                newSearches.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new Snapshot(
                at,
                dictionary,
                Map.copyOf(street),
                Map.copyOf(searches),
                readSearches,
                Map.copyOf(streetBatches),
                Map.copyOf(searchBatches),
                Map.copyOf(names));
    }

    private Map<Long, StreetCells> readStreet(List<Long> ids, Map<Long, Batch> batches, Dictionary dictionary) {
        Map<Long, IntColumns> columns = new HashMap<>();
        jdbc.sql("SELECT batch_id, district, crime_type, last_outcome_category, n"
                        + " FROM policedata.street_district_count WHERE batch_id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    IntColumns c = columns.computeIfAbsent(rs.getLong(1), id -> new IntColumns(4));
                    c.add(
                            dictionary.code(rs.getString(2)),
                            dictionary.code(rs.getString(3)),
                            dictionary.code(rs.getString(4)),
                            rs.getInt(5));
                });
        Map<Long, StreetCells> result = new HashMap<>();
        for (long id : ids) {
            IntColumns c = columns.getOrDefault(id, new IntColumns(4));
            result.put(
                    id, new StreetCells(batches.get(id).month(), c.column(0), c.column(1), c.column(2), c.column(3)));
        }
        return result;
    }

    private Map<Long, SearchCells> readSearches(List<Long> ids, Map<Long, Batch> batches, Dictionary dictionary) {
        List<String> read = new ArrayList<>();
        for (StopSearchField field : FIELDS) {
            if (COLUMNS.containsKey(field)) {
                read.add(COLUMNS.get(field));
            }
        }
        String columns = String.join(", ", read);
        // Column names come from the fixed map above; the batch ids are parameters.
        String sql = "SELECT batch_id, " + columns + ", count(*) AS n FROM policedata.stop_search"
                + " WHERE batch_id IN (:ids) GROUP BY batch_id, " + columns;
        Map<Long, IntColumns> cells = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            IntColumns c = cells.computeIfAbsent(rs.getLong("batch_id"), id -> new IntColumns(FIELDS.length + 1));
            int[] row = new int[FIELDS.length + 1];
            for (StopSearchField field : FIELDS) {
                String column = COLUMNS.get(field);
                if (column != null) {
                    row[field.ordinal()] = dictionary.code(rs.getString(column));
                }
            }
            String selfDefined = rs.getString(COLUMNS.get(StopSearchField.SELF_DEFINED_ETHNICITY));
            row[StopSearchField.SELF_DEFINED_ETHNIC_GROUP.ordinal()] =
                    dictionary.code(StopSearchField.broadEthnicGroup(selfDefined));
            row[FIELDS.length] = rs.getInt("n");
            c.add(row);
        });
        Map<Long, SearchCells> result = new HashMap<>();
        for (long id : ids) {
            IntColumns c = cells.getOrDefault(id, new IntColumns(FIELDS.length + 1));
            int[][] fields = new int[FIELDS.length][];
            for (int f = 0; f < FIELDS.length; f++) {
                fields[f] = c.column(f);
            }
            result.put(id, new SearchCells(batches.get(id).month(), fields, c.column(FIELDS.length)));
        }
        return result;
    }

    /** Columns of ints growing a row at a time. */
    private static final class IntColumns {
        private int[][] columns;
        private int size;

        IntColumns(int width) {
            columns = new int[width][16];
        }

        void add(int... row) {
            if (size == columns[0].length) {
                for (int c = 0; c < columns.length; c++) {
                    columns[c] = java.util.Arrays.copyOf(columns[c], size * 2);
                }
            }
            for (int c = 0; c < columns.length; c++) {
                columns[c][size] = row[c];
            }
            size++;
        }

        int[] column(int c) {
            return java.util.Arrays.copyOf(columns[c], size);
        }
    }

    /**
     * Values as small numbers: every distinct value read gets one, blank (null or empty) being
     * {@value #BLANK}. A snapshot's dictionary is never changed; a refresh extends a copy.
     */
    static final class Dictionary {
        static final int BLANK = 0;
        private final Map<String, Integer> codes;
        private final List<String> names;

        Dictionary() {
            this(new HashMap<>(), new ArrayList<>(List.of("")));
        }

        private Dictionary(Map<String, Integer> codes, List<String> names) {
            this.codes = codes;
            this.names = names;
        }

        Dictionary copy() {
            return new Dictionary(new HashMap<>(codes), new ArrayList<>(names));
        }

        /** The value's code, adding it when new (only while refreshing, on a copy). */
        int code(String value) {
            if (value == null || value.isEmpty()) {
                return BLANK;
            }
            Integer code = codes.get(value);
            if (code == null) {
                code = names.size();
                names.add(value);
                codes.put(value, code);
            }
            return code;
        }

        /** The value's code, or -1 when it has none (never adds: safe on a published snapshot). */
        int find(String value) {
            if (value == null || value.isEmpty()) {
                return BLANK;
            }
            return codes.getOrDefault(value, -1);
        }

        String name(int code) {
            return names.get(code);
        }
    }
}
