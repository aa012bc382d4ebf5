package org.oversight.policedata.load;

import java.util.Set;

/** The values data.police.uk publishes in its categorical columns ({@link KnownValues}), read only. */
public final class PublishedValues {

    private PublishedValues() {}

    public static Set<String> crimeTypes() {
        return KnownValues.CRIME_TYPES;
    }

    public static Set<String> outcomes() {
        return KnownValues.OUTCOMES;
    }

    /** The values of a stop and search column by its header; empty for a free-text column. */
    public static Set<String> stopSearch(String header) {
        return KnownValues.STOP_AND_SEARCH.getOrDefault(header, Set.of());
    }
}
