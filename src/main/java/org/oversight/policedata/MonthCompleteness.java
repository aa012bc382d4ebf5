package org.oversight.policedata;

import java.time.YearMonth;

/**
 * Whether a force's month of one kind of file is complete enough to count (ADR 0008): the rule's
 * judgement, any analyst's mark, and the final answer with its reason in plain English.
 *
 * @param rows the month's rows (0 when no file is imported for it)
 * @param referenceRows the median row count of the reference months (the nearest other imported
 *     months), rounded half up; null when there were fewer than the minimum to compare with
 * @param judgement what the rule says, before any mark
 * @param complete the final answer: the mark's when the month is marked, otherwise the rule's
 * @param reason why, in plain English, e.g. "2 rows, far fewer than the 84,211 usual in the nearest
 *     months (at least half is expected)"
 * @param mark the analyst's mark, null when the month is not marked
 */
public record MonthCompleteness(
        String force,
        PoliceDataKind kind,
        YearMonth month,
        long rows,
        Long referenceRows,
        Judgement judgement,
        boolean complete,
        String reason,
        MonthMark mark) {

    /** What the automatic rule says about a month. */
    public enum Judgement {
        /** The month's rows are at least the minimum share of its reference months' median. */
        COMPLETE,
        /** Fewer rows than the minimum share of its reference months' median: incomplete. */
        TOO_SMALL,
        /** No file of this kind is imported for the month: incomplete. */
        MISSING,
        /** Too few other months to compare with: counted as complete. */
        TOO_FEW_TO_COMPARE;

        /** Whether the rule alone counts the month as complete. */
        public boolean complete() {
            return this == COMPLETE || this == TOO_FEW_TO_COMPARE;
        }
    }

    public boolean marked() {
        return mark != null;
    }
}
