package org.oversight.stopsearch;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts the office scrutinises over a range of months. Every record is counted: a blank value
 * is counted under the empty string in the breakdowns, never dropped.
 *
 * @param force the force's data.police.uk slug
 * @param from the first month
 * @param to the last month
 * @param searches every search in the months (exact repeats counted as they are)
 * @param byType searches by type, most first
 * @param byLegislation searches by power as published, most first
 * @param byObjectOfSearch searches by object of search, most first
 * @param byOutcome searches by outcome, most first
 * @param byGender searches by gender, most first
 * @param byAgeRange searches by age range, most first
 * @param positiveOutcomes every search's outcome
 * @param reasonableGrounds the outcomes of searches under a power that needs reasonable grounds
 * @param linkedOutcomes whether the outcome was linked to the object of search
 * @param stripSearches searches with more than outer clothing removed, of all searches
 * @param stripSearchesNotRecorded searches that leave the removal of clothing blank
 * @param children searches of children
 * @param section60 searches under section 60, of all searches
 * @param demonstration whether any month read is generated demonstration data
 */
public record StopSearchSummary(
        String force,
        YearMonth from,
        YearMonth to,
        long searches,
        Map<String, Long> byType,
        Map<String, Long> byLegislation,
        Map<String, Long> byObjectOfSearch,
        Map<String, Long> byOutcome,
        Map<String, Long> byGender,
        Map<String, Long> byAgeRange,
        OutcomeRate positiveOutcomes,
        OutcomeRate reasonableGrounds,
        LinkedOutcomes linkedOutcomes,
        Share stripSearches,
        long stripSearchesNotRecorded,
        Children children,
        Share section60,
        boolean demonstration) {

    /** The plan's target: at least this percentage of reasonable-grounds searches have a positive outcome. */
    public static final double REASONABLE_GROUNDS_TARGET = 50.0;

    public StopSearchSummary {
        byType = frozen(byType);
        byLegislation = frozen(byLegislation);
        byObjectOfSearch = frozen(byObjectOfSearch);
        byOutcome = frozen(byOutcome);
        byGender = frozen(byGender);
        byAgeRange = frozen(byAgeRange);
    }

    private static Map<String, Long> frozen(Map<String, Long> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * Searches and their outcomes: positive is any recorded outcome but no further action; a blank
     * outcome is not recorded, neither positive nor negative, and left out of the rate.
     *
     * @param searches the searches counted
     * @param outcomeRecorded those with an outcome recorded
     * @param positive those with a positive outcome
     */
    public record OutcomeRate(long searches, long outcomeRecorded, long positive) {

        /** Positive outcomes of the searches with an outcome recorded. */
        public Share rate() {
            return new Share(positive, outcomeRecorded);
        }

        /** Searches with no outcome recorded. */
        public long outcomeNotRecorded() {
            return searches - outcomeRecorded;
        }
    }

    /**
     * Whether each search's outcome was linked to its object of search ("True" or "False"), and how
     * many leave it blank.
     *
     * @param searches the searches counted
     * @param linked "True"
     * @param notLinked "False"
     */
    public record LinkedOutcomes(long searches, long linked, long notLinked) {

        /** Searches that say either way. */
        public long recorded() {
            return linked + notLinked;
        }

        /** Searches that leave it blank (or write something else). */
        public long notRecorded() {
            return searches - recorded();
        }

        /** Linked outcomes of those recorded. */
        public Share linkedShare() {
            return new Share(linked, recorded());
        }
    }

    /**
     * Searches of children: age range "under 10" and "10-17".
     *
     * @param under10 aged under 10
     * @param aged10To17 aged 10 to 17
     * @param searches every search, the rate's denominator
     */
    public record Children(long under10, long aged10To17, long searches) {

        public long count() {
            return under10 + aged10To17;
        }

        /** Children's searches of all searches. */
        public Share share() {
            return new Share(count(), searches);
        }
    }
}
