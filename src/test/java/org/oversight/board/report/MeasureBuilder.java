package org.oversight.board.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.oversight.performance.MeasurePerformance;

/** A measure's performance with sensible defaults: a count with no target and no SPC. */
final class MeasureBuilder {

    private String unit = "count";
    private String name = "Public place violence";
    private final List<MeasurePerformance.MonthPoint> series = new ArrayList<>();
    private MeasurePerformance.SpcSummary spc;
    private String targetStatus;
    private String targetWords;
    private String targetStatusWords;
    private String asAt = "2014-10";

    static MeasureBuilder aCount() {
        return new MeasureBuilder();
    }

    MeasureBuilder named(String value) {
        name = value;
        return this;
    }

    MeasureBuilder unit(String value) {
        unit = value;
        return this;
    }

    MeasureBuilder asAt(String value) {
        asAt = value;
        return this;
    }

    /** Monthly values from {@code first}, each common cause. */
    MeasureBuilder values(String first, int... values) {
        YearMonth month = YearMonth.parse(first);
        for (int value : values) {
            series.add(new MeasurePerformance.MonthPoint(
                    month.toString(), BigDecimal.valueOf(value), "common_cause", false));
            month = month.plusMonths(1);
        }
        return this;
    }

    /** Marks the points from {@code first} on as special-cause concern, high, and the latest variation as such. */
    MeasureBuilder concernFrom(String first, boolean high) {
        for (int i = 0; i < series.size(); i++) {
            MeasurePerformance.MonthPoint p = series.get(i);
            if (YearMonth.parse(p.period()).compareTo(YearMonth.parse(first)) >= 0) {
                series.set(i, new MeasurePerformance.MonthPoint(p.period(), p.value(), "special_cause_concern", false));
            }
        }
        spc = new MeasurePerformance.SpcSummary(
                "special_cause_concern", "Special cause concern", high, null, null, 10, 5, 15, false, null, 1);
        return this;
    }

    MeasureBuilder commonCause() {
        spc = new MeasurePerformance.SpcSummary(
                "common_cause", "Common cause", false, null, null, 10, 5, 15, false, null, 0);
        return this;
    }

    MeasureBuilder target(String words, String status, String statusWords) {
        targetWords = words;
        targetStatus = status;
        targetStatusWords = statusWords;
        return this;
    }

    MeasurePerformance build() {
        return new MeasurePerformance(
                "wm-police-and-crime-plan",
                "2014-15",
                "4.6",
                "Reduce crime and offending",
                "M2",
                "Reduce public place violence by 5 per cent",
                List.of("ACC Local Policing"),
                "decrease",
                unit,
                "west-midlands",
                "obs-public-place-violence",
                1,
                name,
                "Force management information",
                false,
                series.isEmpty() ? "No data yet: none imported" : null,
                series.isEmpty() ? null : asAt,
                series.isEmpty() ? null : "Figures to October 2014.",
                series,
                series.isEmpty() ? null : series.get(series.size() - 1).value(),
                series.isEmpty() ? null : series.get(series.size() - 1).value() + " in October 2014",
                null,
                null,
                targetWords,
                targetStatus,
                targetStatusWords,
                null,
                spc,
                false,
                "A statement.",
                null,
                null);
    }
}
