package org.oversight.policedata.web;

import java.time.ZoneId;
import org.oversight.policedata.MonthCompleteness;

/**
 * A month's completeness as the pages show it.
 *
 * @param status "Complete" or "Incomplete"
 * @param judgement what the rule alone says, in words
 * @param markedBy who marked it, null when not marked
 */
record CompletenessView(
        String month,
        String force,
        String kind,
        boolean complete,
        String status,
        String tagClass,
        String judgement,
        String reason,
        boolean marked,
        boolean markedComplete,
        String markedBy,
        String markedAt,
        String note) {

    static CompletenessView of(MonthCompleteness c, ZoneId zone) {
        return new CompletenessView(
                PoliceDataViews.month(c.month()),
                PoliceDataViews.force(c.force()),
                PoliceDataViews.kind(c.kind()),
                c.complete(),
                c.complete() ? "Complete" : "Incomplete",
                c.complete() ? "govuk-tag--green" : "govuk-tag--red",
                judgement(c.judgement()),
                c.reason(),
                c.marked(),
                c.marked() && c.mark().complete(),
                c.marked() ? c.mark().markedBy() : null,
                c.marked() ? PoliceDataViews.dateTime(c.mark().markedAt(), zone) : null,
                c.marked() ? c.mark().note() : null);
    }

    static String judgement(MonthCompleteness.Judgement judgement) {
        return switch (judgement) {
            case COMPLETE -> "Complete";
            case TOO_SMALL -> "Too small";
            case MISSING -> "Missing";
            case TOO_FEW_TO_COMPARE -> "Complete (too few months to compare with)";
        };
    }
}
