package org.oversight.board.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Something the Board should look at, as the summary of exceptions lists it: a special-cause
 * concern, a target off track, or an update not received by its deadline. Each has a {@link #key}
 * that stays the same for the same fact, so that a member's decision on its prompt is kept when the
 * report is rebuilt.
 */
public sealed interface ExceptionItem {

    /** Stable for the same fact in the same meeting: {@code concern:4.6/M2}, {@code overdue:4.3-2}. */
    String key();

    /** What the exception is about: a measure's or a commitment's name. */
    String subject();

    /**
     * A measure's latest points are special-cause concern: {@code months} of them, the first in
     * {@code since}, on the {@code high} (above the average) or low side.
     */
    record SpecialCauseConcern(String measureKey, String subject, boolean high, int months, YearMonth since)
            implements ExceptionItem {
        @Override
        public String key() {
            return "concern:" + measureKey;
        }
    }

    /** A measure whose target is off track or not met. */
    record OffTrackTarget(String measureKey, String subject, String target, String status) implements ExceptionItem {
        @Override
        public String key() {
            return "target:" + measureKey;
        }
    }

    /** A commitment whose update was due by the deadline and had not been submitted by the meeting. */
    record OverdueUpdate(String ref, String subject, List<String> leads, LocalDate deadline) implements ExceptionItem {
        public OverdueUpdate {
            leads = List.copyOf(leads);
        }

        @Override
        public String key() {
            return "overdue:" + ref;
        }
    }
}
