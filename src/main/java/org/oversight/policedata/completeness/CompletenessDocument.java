package org.oversight.policedata.completeness;

import java.time.Instant;
import java.util.Locale;
import org.oversight.policedata.MonthCompleteness;

/**
 * A month's completeness as the JSON of the command line and the REST API give it: kinds as in file
 * names, months as {@code YYYY-MM}, the judgement in lower case ({@code complete}, {@code too_small},
 * {@code missing}, {@code too_few_to_compare}).
 */
public record CompletenessDocument(
        String force,
        String kind,
        String month,
        long rows,
        Long referenceRows,
        String judgement,
        boolean complete,
        String reason,
        MarkDocument mark) {

    public record MarkDocument(boolean complete, String note, String markedBy, Instant markedAt) {}

    public static CompletenessDocument of(MonthCompleteness c) {
        return new CompletenessDocument(
                c.force(),
                c.kind().slug(),
                c.month().toString(),
                c.rows(),
                c.referenceRows(),
                c.judgement().name().toLowerCase(Locale.ROOT),
                c.complete(),
                c.reason(),
                c.mark() == null
                        ? null
                        : new MarkDocument(
                                c.mark().complete(),
                                c.mark().note(),
                                c.mark().markedBy(),
                                c.mark().markedAt()));
    }
}
