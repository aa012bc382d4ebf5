package org.oversight.policedata;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What a file's rows say about its quality. Nothing here stops a file from loading: values are kept
 * as published and listed here.
 *
 * @param rows data rows
 * @param duplicateRows rows that repeat an earlier row of the file exactly (kept, not dropped)
 * @param missingCoordinates rows with no longitude or no latitude (an empty field)
 * @param missingLsoa rows with no LSOA code (street and outcomes)
 * @param unknownDistrict rows with an LSOA name that does not end in a code like "001A", so no district
 * @param missingEthnicity stop and searches with no officer-defined ethnicity
 * @param unexpected values outside the known sets, by field: value → rows
 * @param notes other observations, e.g. anti-social behaviour rows that carry a Crime ID
 * @param noDistrict rows with no district recorded, whatever the reason: no LSOA name, or a name that
 *     gives none ({@code unknownDistrict}); 0 for stop and search, whose rows have no LSOA
 * @param invalidCoordinates rows whose longitude or latitude is given but is not a number in range
 *     (so they have no usable coordinates either, though the field is not empty)
 * @param invalid values whose format is wrong (a longitude that is not a number, an LSOA code not
 *     shaped like E01… or W01…), by field; kept as published. Null for batches imported before
 *     Oversight checked formats.
 * @param outsideEnglandAndWales rows whose coordinates are valid numbers but lie outside England and
 *     Wales (a note, not an error: a force may record a crime just over a border)
 */
public record DataQuality(
        long rows,
        long duplicateRows,
        long missingCoordinates,
        long missingLsoa,
        long unknownDistrict,
        long missingEthnicity,
        SortedMap<String, SortedMap<String, Long>> unexpected,
        Map<String, Long> notes,
        long noDistrict,
        long invalidCoordinates,
        SortedMap<String, InvalidValues> invalid,
        InvalidValues outsideEnglandAndWales) {

    /** How many line numbers are kept for each field's invalid values. */
    public static final int LINES_KEPT = 20;

    /**
     * The rows of one field whose value has the wrong format: how many, the line numbers of the first
     * {@value #LINES_KEPT} and the first few distinct values, as published.
     */
    public record InvalidValues(long rows, List<Long> firstLines, List<String> examples) {

        public InvalidValues {
            firstLines = firstLines == null ? List.of() : List.copyOf(firstLines);
            examples = examples == null ? List.of() : List.copyOf(examples);
        }

        public static InvalidValues none() {
            return new InvalidValues(0, List.of(), List.of());
        }

        /** Rows with the problem whose line numbers are not listed. */
        public long moreLines() {
            return rows - firstLines.size();
        }
    }

    public DataQuality {
        unexpected = unexpected == null ? Collections.emptySortedMap() : unexpected;
        notes = notes == null ? Map.of() : notes;
        outsideEnglandAndWales = outsideEnglandAndWales == null ? InvalidValues.none() : outsideEnglandAndWales;
    }

    public long unexpectedValues() {
        return unexpected.values().stream()
                .flatMap(values -> values.values().stream())
                .mapToLong(Long::longValue)
                .sum();
    }

    /** Whether value formats were checked (batches imported before Oversight checked them were not). */
    public boolean formatsChecked() {
        return invalid != null;
    }

    /** Invalid values by field; empty when none were found or formats were not checked. */
    public SortedMap<String, InvalidValues> invalidByField() {
        return invalid == null ? Collections.emptySortedMap() : invalid;
    }

    /** Values with the wrong format, over every field. */
    public long invalidValues() {
        return invalidByField().values().stream().mapToLong(InvalidValues::rows).sum();
    }

    /** Rows with a usable longitude and latitude: given, and valid numbers in range. */
    public long withCoordinates() {
        return rows - missingCoordinates - invalidCoordinates;
    }

    /** Rows with no LSOA name at all (so no district), as opposed to a name that gives none. */
    public long missingLsoaName() {
        return Math.max(0, noDistrict - unknownDistrict);
    }
}
