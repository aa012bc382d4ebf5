package org.oversight.stopsearch.figures;

import static org.oversight.policedata.StopSearchField.AGE_RANGE;
import static org.oversight.policedata.StopSearchField.GENDER;
import static org.oversight.policedata.StopSearchField.LEGISLATION;
import static org.oversight.policedata.StopSearchField.OBJECT_OF_SEARCH;
import static org.oversight.policedata.StopSearchField.OUTCOME;
import static org.oversight.policedata.StopSearchField.OUTCOME_LINKED_TO_OBJECT_OF_SEARCH;
import static org.oversight.policedata.StopSearchField.REMOVAL_OF_MORE_THAN_JUST_OUTER_CLOTHING;
import static org.oversight.policedata.StopSearchField.TYPE;

import java.time.YearMonth;
import org.oversight.stopsearch.Share;
import org.oversight.stopsearch.StopSearchSummary;

/** Counts a set of searches into the summary the office scrutinises. */
public final class SummaryFigures {

    private SummaryFigures() {}

    public static StopSearchSummary of(
            String force, YearMonth from, YearMonth to, Searches searches, boolean demonstration) {
        long total = searches.total();
        Searches reasonable = searches.where(c -> Powers.needsReasonableGrounds(c.value(LEGISLATION)));
        return new StopSearchSummary(
                force,
                from,
                to,
                total,
                searches.by(TYPE),
                searches.by(LEGISLATION),
                searches.by(OBJECT_OF_SEARCH),
                searches.by(OUTCOME),
                searches.by(GENDER),
                searches.by(AGE_RANGE),
                outcomes(searches),
                outcomes(reasonable),
                new StopSearchSummary.LinkedOutcomes(
                        total,
                        searches.count(Searches.has(OUTCOME_LINKED_TO_OBJECT_OF_SEARCH, "True")),
                        searches.count(Searches.has(OUTCOME_LINKED_TO_OBJECT_OF_SEARCH, "False"))),
                new Share(searches.count(Searches.has(REMOVAL_OF_MORE_THAN_JUST_OUTER_CLOTHING, "True")), total),
                searches.count(
                        c -> c.value(REMOVAL_OF_MORE_THAN_JUST_OUTER_CLOTHING).isBlank()),
                new StopSearchSummary.Children(
                        searches.count(Searches.has(AGE_RANGE, "under 10")),
                        searches.count(Searches.has(AGE_RANGE, "10-17")),
                        total),
                new Share(searches.count(c -> Powers.isSection60(c.value(LEGISLATION))), total),
                demonstration);
    }

    /** The searches' outcomes: recorded and positive. */
    public static StopSearchSummary.OutcomeRate outcomes(Searches searches) {
        return new StopSearchSummary.OutcomeRate(
                searches.total(),
                searches.count(c -> Outcomes.isRecorded(c.value(OUTCOME))),
                searches.count(c -> Outcomes.isPositive(c.value(OUTCOME))));
    }
}
