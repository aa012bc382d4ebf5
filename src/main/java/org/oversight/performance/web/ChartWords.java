package org.oversight.performance.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.period.Figures;
import org.oversight.performance.period.MonthRange;

/** The SPC chart in words, for screen readers and anyone who prefers text; the figure's caption. */
final class ChartWords {

    private ChartWords() {}

    static String summary(MeasurePerformance m) {
        List<MeasurePerformance.MonthPoint> series = m.series();
        if (series.isEmpty()) {
            return m.statement();
        }
        String unit = m.unit();
        StringBuilder text = new StringBuilder();
        text.append(series.size())
                .append(series.size() == 1 ? " monthly value, " : " monthly values from ")
                .append(month(series.get(0)));
        if (series.size() > 1) {
            text.append(" to ").append(month(series.get(series.size() - 1)));
        }
        text.append(" (")
                .append(MeasureFigures.axisLabel(m).toLowerCase(Locale.UK))
                .append("). ");
        List<YearMonth> missing = missingMonths(series);
        if (!missing.isEmpty()) {
            text.append("No figures for ").append(Figures.months(missing)).append(" (a gap in the line). ");
        }
        List<MeasurePerformance.MonthPoint> provisional = series.stream()
                .filter(MeasurePerformance.MonthPoint::provisional)
                .toList();
        if (!provisional.isEmpty()) {
            text.append(
                            provisional.size() == 1
                                    ? "One month is provisional and not judged: "
                                    : provisional.size() + " months are provisional and not judged: ")
                    .append(Figures.months(provisional.stream()
                            .map(p -> YearMonth.parse(p.period()))
                            .toList()))
                    .append(" (drawn hollow). ");
        }
        MeasurePerformance.SpcSummary spc = m.spc();
        if (spc != null) {
            text.append("Mean ")
                    .append(MeasureFigures.line(spc.centre(), unit))
                    .append("; ")
                    .append(spc.trial() ? "trial limits (fewer than 12 months) " : "process limits ")
                    .append(MeasureFigures.line(spc.lowerLimit(), unit))
                    .append(" to ")
                    .append(MeasureFigures.line(spc.upperLimit(), unit))
                    .append(". ");
            if (spc.target() != null) {
                text.append("Monthly target ")
                        .append(MeasureFigures.line(spc.target(), unit))
                        .append(". ");
            }
            text.append(spc.specialCausePoints())
                    .append(" special cause ")
                    .append(spc.specialCausePoints() == 1 ? "point" : "points")
                    .append(". ")
                    .append(SpcIcons.variationText(spc))
                    .append(" in the latest judged month. ")
                    .append(SpcIcons.assuranceText(spc))
                    .append('.');
        }
        return text.toString().trim();
    }

    /** The months between the first and the last without a figure. */
    static List<YearMonth> missingMonths(List<MeasurePerformance.MonthPoint> series) {
        List<YearMonth> present =
                series.stream().map(p -> YearMonth.parse(p.period())).toList();
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth m = present.get(0); m.isBefore(present.get(present.size() - 1)); m = m.plusMonths(1)) {
            if (!present.contains(m)) {
                missing.add(m);
            }
        }
        return missing;
    }

    private static String month(MeasurePerformance.MonthPoint p) {
        return MonthRange.wordsFor(YearMonth.parse(p.period()));
    }
}
