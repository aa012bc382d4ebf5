package org.oversight.policedata;

import java.util.List;

/** Counts of one batch's rows grouped by some of its columns; the counts add up to the rows. */
public record PoliceCounts(List<String> fields, List<Row> rows) {

    /** One group: its values (empty for an empty field) and how many rows have them. */
    public record Row(List<String> values, long count) {}

    public long total() {
        return rows.stream().mapToLong(Row::count).sum();
    }
}
