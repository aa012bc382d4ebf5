package org.oversight.policedata;

import java.util.Map;
import java.util.SortedMap;

/**
 * What a file's rows say about its quality. Nothing here stops a file from loading: values are kept
 * as published and listed here.
 *
 * @param rows data rows
 * @param duplicateRows rows that repeat an earlier row of the file exactly (kept, not dropped)
 * @param missingCoordinates rows with no longitude or latitude
 * @param missingLsoa rows with no LSOA code (street and outcomes)
 * @param unknownDistrict rows whose LSOA name does not end in a code like "001A", so no district
 * @param missingEthnicity stop and searches with no officer-defined ethnicity
 * @param unexpected values outside the known sets, by field: value → rows
 * @param notes other observations, e.g. anti-social behaviour rows that carry a Crime ID
 */
public record DataQuality(
        long rows,
        long duplicateRows,
        long missingCoordinates,
        long missingLsoa,
        long unknownDistrict,
        long missingEthnicity,
        SortedMap<String, SortedMap<String, Long>> unexpected,
        Map<String, Long> notes) {

    public long unexpectedValues() {
        return unexpected.values().stream()
                .flatMap(values -> values.values().stream())
                .mapToLong(Long::longValue)
                .sum();
    }
}
