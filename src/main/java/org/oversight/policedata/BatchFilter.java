package org.oversight.policedata;

import java.time.YearMonth;

/**
 * Which import batches to list; a null part does not filter.
 *
 * @param from the first month listed (inclusive)
 * @param to the last month listed (inclusive)
 */
public record BatchFilter(String force, PoliceDataKind kind, YearMonth from, YearMonth to) {

    public static final BatchFilter ALL = new BatchFilter(null, null, null, null);

    public BatchFilter {
        force = force == null || force.isBlank() ? null : force.strip();
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the first month (" + from + ") is after the last (" + to + ")");
        }
    }

    public boolean filters() {
        return force != null || kind != null || from != null || to != null;
    }
}
