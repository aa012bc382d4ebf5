package org.oversight.policedata.load;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.oversight.policedata.DataQuality;

/** Counts what a file's rows say about its quality while they stream past. */
final class QualityTracker {

    private final LongHashSet fingerprints = new LongHashSet();
    private final Map<String, Map<String, Long>> unexpected = new HashMap<>();
    private final Map<String, Long> notes = new HashMap<>();
    long rows;
    long duplicateRows;
    long missingCoordinates;
    long missingLsoa;
    long unknownDistrict;
    long missingEthnicity;

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

    void note(String note) {
        notes.merge(note, 1L, Long::sum);
    }

    DataQuality summary() {
        SortedMap<String, SortedMap<String, Long>> sorted = new TreeMap<>();
        unexpected.forEach(
                (field, values) -> sorted.put(field, Collections.unmodifiableSortedMap(new TreeMap<>(values))));
        return new DataQuality(
                rows,
                duplicateRows,
                missingCoordinates,
                missingLsoa,
                unknownDistrict,
                missingEthnicity,
                Collections.unmodifiableSortedMap(sorted),
                Collections.unmodifiableMap(new TreeMap<>(notes)));
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
