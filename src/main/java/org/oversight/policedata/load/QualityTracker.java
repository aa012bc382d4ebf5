package org.oversight.policedata.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.oversight.policedata.DataQuality;

/** Counts what a file's rows say about its quality while they stream past. */
final class QualityTracker {

    /** Distinct example values kept for each field's invalid values. */
    static final int EXAMPLES_KEPT = 5;

    private final LongHashSet fingerprints = new LongHashSet();
    private final Map<String, Map<String, Long>> unexpected = new HashMap<>();
    private final Map<String, Long> notes = new HashMap<>();
    private final Map<String, Problems> invalid = new HashMap<>();
    private final Problems outsideEnglandAndWales = new Problems();
    long rows;
    long duplicateRows;
    long missingCoordinates;
    long invalidCoordinates;
    long missingLsoa;
    long unknownDistrict;
    long noDistrict;
    long missingEthnicity;

    /** Rows of one kind of problem: how many, the first lines, a few distinct values. */
    private static final class Problems {
        long rows;
        final List<Long> lines = new ArrayList<>();
        final Set<String> examples = new LinkedHashSet<>();

        void add(long line, String value) {
            rows++;
            if (lines.size() < DataQuality.LINES_KEPT) {
                lines.add(line);
            }
            if (examples.size() < EXAMPLES_KEPT && value != null) {
                examples.add(value);
            }
        }

        DataQuality.InvalidValues summary() {
            return new DataQuality.InvalidValues(rows, lines, List.copyOf(examples));
        }
    }

    /** Counts the row, and whether it repeats an earlier row exactly. */
    void row(String[] fields) {
        rows++;
        if (!fingerprints.add(fingerprint(fields))) {
            duplicateRows++;
        }
    }

    /** A non-empty value outside the known set is listed under its field. */
    void checkKnown(String field, String value, Set<String> known) {
        if (!value.isEmpty() && !known.contains(value)) {
            unexpected.computeIfAbsent(field, k -> new HashMap<>()).merge(value, 1L, Long::sum);
        }
    }

    /**
     * Checks a row's coordinates: empty (missing), not a number in range (invalid, listed by field
     * with the line), or outside England and Wales (noted with the line). A row counts as having
     * coordinates only when both are valid.
     */
    void coordinates(long line, String longitudeField, String longitude, String latitudeField, String latitude) {
        double x = longitude.isEmpty() ? Double.NaN : ValueFormats.coordinate(longitude, 180);
        double y = latitude.isEmpty() ? Double.NaN : ValueFormats.coordinate(latitude, 90);
        if (!longitude.isEmpty() && Double.isNaN(x)) {
            invalid(longitudeField, line, longitude);
        }
        if (!latitude.isEmpty() && Double.isNaN(y)) {
            invalid(latitudeField, line, latitude);
        }
        if (longitude.isEmpty() || latitude.isEmpty()) {
            missingCoordinates++;
        } else if (Double.isNaN(x) || Double.isNaN(y)) {
            invalidCoordinates++;
        } else if (!ValueFormats.inEnglandAndWales(x, y)) {
            outsideEnglandAndWales.add(line, longitude + ", " + latitude);
        }
    }

    /** A non-empty LSOA code not shaped like E01… or W01… is listed as invalid. */
    void lsoaCode(long line, String field, String code) {
        if (code.isEmpty()) {
            missingLsoa++;
        } else if (!ValueFormats.lsoaCode(code)) {
            invalid(field, line, code);
        }
    }

    void invalid(String field, long line, String value) {
        invalid.computeIfAbsent(field, k -> new Problems()).add(line, value);
    }

    void note(String note) {
        notes.merge(note, 1L, Long::sum);
    }

    DataQuality summary() {
        SortedMap<String, SortedMap<String, Long>> sorted = new TreeMap<>();
        unexpected.forEach(
                (field, values) -> sorted.put(field, Collections.unmodifiableSortedMap(new TreeMap<>(values))));
        SortedMap<String, DataQuality.InvalidValues> invalidByField = new TreeMap<>();
        invalid.forEach((field, problems) -> invalidByField.put(field, problems.summary()));
        return new DataQuality(
                rows,
                duplicateRows,
                missingCoordinates,
                missingLsoa,
                unknownDistrict,
                missingEthnicity,
                Collections.unmodifiableSortedMap(sorted),
                Collections.unmodifiableMap(new TreeMap<>(notes)),
                noDistrict,
                invalidCoordinates,
                Collections.unmodifiableSortedMap(invalidByField),
                outsideEnglandAndWales.summary());
    }

    /** FNV-1a over every field and its boundary: equal rows give equal fingerprints. */
    static long fingerprint(String[] fields) {
        long hash = 0xcbf29ce484222325L;
        for (String field : fields) {
            for (int i = 0; i < field.length(); i++) {
                hash ^= field.charAt(i);
                hash *= 0x100000001b3L;
            }
            hash ^= 0x1F;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
