package org.oversight.performance.measure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.oversight.performance.period.Figures;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.MonthRange;

/**
 * Which months of a measure's series are figures (ADR 0008): months whose police data is incomplete
 * are left out altogether; the latest months of an outcome-based indicator are provisional, shown but
 * never judged.
 *
 * @param incomplete the force's incomplete months, each with the reason, in order
 * @param provisional the provisional months, in order; empty for indicators that do not read outcomes
 */
record Coverage(SortedMap<YearMonth, String> incomplete, SortedSet<YearMonth> provisional) {

    /** Every month counts: no incomplete or provisional months (observation series). */
    static final Coverage ALL_MONTHS = new Coverage(new TreeMap<>(), new TreeSet<>());

    Coverage {
        incomplete = Collections.unmodifiableSortedMap(new TreeMap<>(incomplete));
        provisional = Collections.unmodifiableSortedSet(new TreeSet<>(provisional));
    }

    /** The series without its incomplete months: what may be shown. */
    IndicatorSeries shown(IndicatorSeries raw) {
        return raw.without(incomplete.keySet());
    }

    /** The series without its incomplete and provisional months: what may be judged. */
    IndicatorSeries judged(IndicatorSeries raw) {
        return raw.without(incomplete.keySet()).without(provisional);
    }

    boolean isProvisional(YearMonth month) {
        return provisional.contains(month);
    }

    /** Whether the month is left out of the figures or not judged. */
    boolean isSetAside(YearMonth month) {
        return incomplete.containsKey(month) || provisional.contains(month);
    }

    /**
     * The months the figures run to, in words, with what comes after them: “Figures to March 2015;
     * April 2015 is incomplete.”, “Figures to December 2014; January–March 2015 are provisional …”.
     *
     * @param judgedTo the month judged
     * @param lastFigure the last month up to {@code judgedTo} with a figure that is judged, or
     *     {@code null}
     * @param shown the months shown on the chart (incomplete months inside it are named as left out)
     */
    String words(YearMonth judgedTo, YearMonth lastFigure, MonthRange shown) {
        StringBuilder text = new StringBuilder();
        if (judgedTo.equals(lastFigure)) {
            text.append("Figures to ").append(MonthRange.wordsFor(judgedTo));
        } else {
            text.append("There is no figure for ").append(MonthRange.wordsFor(judgedTo));
            if (lastFigure != null) {
                text.append("; figures run to ").append(MonthRange.wordsFor(lastFigure));
            }
        }
        List<YearMonth> leftOut = new ArrayList<>();
        List<YearMonth> after = new ArrayList<>();
        for (YearMonth month : incomplete.keySet()) {
            if (month.isAfter(judgedTo)) {
                // Only the incomplete months straight after the month judged say why the figures stop
                // there; a gap years later (a period with no files) has nothing to do with it.
                YearMonth next = after.isEmpty()
                        ? judgedTo.plusMonths(1)
                        : after.get(after.size() - 1).plusMonths(1);
                if (month.equals(next)) {
                    after.add(month);
                }
            } else if (!month.isBefore(shown.first())) {
                leftOut.add(month);
            }
        }
        List<YearMonth> pending = provisional.stream()
                .filter(month -> month.isAfter(judgedTo) && !month.isAfter(shown.last()))
                .toList();
        if (!pending.isEmpty()) {
            text.append("; ")
                    .append(Figures.months(pending))
                    .append(pending.size() == 1 ? " is" : " are")
                    .append(" provisional: outcomes are still being recorded, so")
                    .append(pending.size() == 1 ? " it is" : " they are")
                    .append(" shown but not judged");
        }
        if (!after.isEmpty()) {
            text.append("; ").append(Figures.months(after)).append(after.size() == 1 ? " is" : " are");
            text.append(" incomplete");
        }
        if (!leftOut.isEmpty()) {
            text.append("; ")
                    .append(Figures.months(leftOut))
                    .append(leftOut.size() == 1 ? " is" : " are")
                    .append(" incomplete and left out");
        }
        return text.append('.').toString();
    }
}
