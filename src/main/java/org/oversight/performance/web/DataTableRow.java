package org.oversight.performance.web;

import java.time.YearMonth;
import java.util.List;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.period.MonthRange;

/**
 * One month of the chart's data table: the month and value in words, whether it is provisional, and
 * its point type in words.
 *
 * @param month “March 2015”
 * @param value the value in the measure's unit (“827”, “9.4%”)
 * @param provisional whether the month's outcomes are still being recorded; such a month is not judged
 * @param pointType “Common cause”, “Special cause concern”…, or why the month is not judged
 */
record DataTableRow(String month, String value, boolean provisional, String pointType) {

    /** The rows of a measure's series, oldest first as on the chart. */
    static List<DataTableRow> of(MeasurePerformance measure) {
        return measure.series().stream()
                .map(p -> new DataTableRow(
                        MonthRange.wordsFor(YearMonth.parse(p.period())),
                        MeasureFigures.value(p.value(), measure.unit()),
                        p.provisional(),
                        pointTypeWords(p)))
                .toList();
    }

    /** A point's type in words; a provisional or unjudged point says so. */
    static String pointTypeWords(MeasurePerformance.MonthPoint point) {
        if (point.provisional()) {
            return "Not judged: provisional";
        }
        if (point.pointType() == null) {
            return "Not judged";
        }
        switch (point.pointType()) {
            case "common_cause":
                return "Common cause";
            case "special_cause_improvement":
                return "Special cause improvement";
            case "special_cause_concern":
                return "Special cause concern";
            case "special_cause_neutral_high":
                return "Special cause, neither better nor worse (high)";
            case "special_cause_neutral_low":
                return "Special cause, neither better nor worse (low)";
            default:
                return point.pointType().replace('_', ' ');
        }
    }
}
