package org.oversight.policedata;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A number of stop and search records of one month that share every categorical value and the
 * district their coordinates place them in.
 *
 * @param month the file's month (the record's month in Europe/London time)
 * @param district the district as shown (renamed or grouped) that the search's map point lies in;
 *     the empty string when the search has no coordinates or its point is not one of the map points
 *     of the force's street files
 * @param values each categorical field's value as published (the empty string for a blank field),
 *     with {@link StopSearchField#SELF_DEFINED_ETHNIC_GROUP} derived from the self-defined ethnicity
 * @param count how many records (exact repeats counted as they are)
 */
public record StopSearchCount(YearMonth month, String district, Map<StopSearchField, String> values, long count) {

    public StopSearchCount {
        Objects.requireNonNull(month, "month");
        district = district == null ? "" : district;
        EnumMap<StopSearchField, String> copy = new EnumMap<>(StopSearchField.class);
        for (StopSearchField field : StopSearchField.values()) {
            String value = values.get(field);
            copy.put(field, value == null ? "" : value);
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** The field's value, the empty string when blank. */
    public String value(StopSearchField field) {
        return values.get(field);
    }
}
