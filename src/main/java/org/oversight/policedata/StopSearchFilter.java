package org.oversight.policedata;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which stop-and-search records a count takes: for each field named, the values a record's field
 * must have one of (the empty string for a blank field); fields not named take any value.
 */
public record StopSearchFilter(Map<StopSearchField, Set<String>> values) {

    /** Every record. */
    public static final StopSearchFilter ALL = new StopSearchFilter(Map.of());

    public StopSearchFilter {
        EnumMap<StopSearchField, Set<String>> copy = new EnumMap<>(StopSearchField.class);
        values.forEach((field, allowed) -> copy.put(field, Collections.unmodifiableSet(new LinkedHashSet<>(allowed))));
        values = Collections.unmodifiableMap(copy);
    }

    /** This filter, also requiring {@code field} to be one of {@code allowed} (both must hold where both name it). */
    public StopSearchFilter and(StopSearchField field, Collection<String> allowed) {
        EnumMap<StopSearchField, Set<String>> next = new EnumMap<>(StopSearchField.class);
        next.putAll(values);
        Set<String> wanted = new LinkedHashSet<>(allowed);
        Set<String> existing = values.get(field);
        if (existing != null) {
            wanted.retainAll(existing);
        }
        next.put(field, wanted);
        return new StopSearchFilter(next);
    }

    /** Both filters at once. */
    public StopSearchFilter and(StopSearchFilter other) {
        StopSearchFilter result = this;
        for (Map.Entry<StopSearchField, Set<String>> entry : other.values.entrySet()) {
            result = result.and(entry.getKey(), entry.getValue());
        }
        return result;
    }

    /** Whether a record with these field values passes (values missing from the map count as blank). */
    public boolean accepts(Map<StopSearchField, String> record) {
        for (Map.Entry<StopSearchField, Set<String>> entry : values.entrySet()) {
            String value = record.get(entry.getKey());
            if (!entry.getValue().contains(value == null ? "" : value)) {
                return false;
            }
        }
        return true;
    }
}
