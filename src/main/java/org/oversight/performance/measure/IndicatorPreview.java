package org.oversight.performance.measure;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.oversight.performance.indicator.Indicator;
import org.oversight.performance.period.Figures;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.MonthRange;
import org.oversight.policedata.Area;
import org.springframework.stereotype.Component;

/**
 * An indicator's monthly figures for the whole force, as they would be read, for an analyst checking
 * a definition before saving it: the latest months with any figure, each with its value and whether
 * the month is incomplete (left out of figures) or provisional (shown, not judged).
 */
@Component
public class IndicatorPreview {

    /** The months a preview shows at most. */
    public static final int MONTHS = 36;

    private final SeriesReader series;
    private final CoverageReader coverage;

    IndicatorPreview(SeriesReader series, CoverageReader coverage) {
        this.series = series;
        this.coverage = coverage;
    }

    /** One month of a preview: its figure in the indicator's unit, and a note when it does not count. */
    public record Row(String month, BigDecimal value, String words, String note) {}

    /** The latest months with figures, newest last; empty when there are none (or no force is set for police data). */
    public List<Row> rows(Indicator indicator, String force) {
        if (indicator.source().isPoliceData() && force.isEmpty()) {
            return List.of();
        }
        series.refresh();
        IndicatorSeries read = series.read(indicator, Area.force(force));
        YearMonth last = read.lastMonthWithFigure(MeasureCalculator.ALL_TIME).orElse(null);
        if (last == null) {
            return List.of();
        }
        Coverage months = force.isEmpty() ? Coverage.ALL_MONTHS : coverage.of(indicator, force);
        List<Row> rows = new ArrayList<>();
        for (YearMonth month : new MonthRange(last.minusMonths(MONTHS - 1L), last).months()) {
            BigDecimal value = read.over(MonthRange.of(month)).value();
            if (value == null) {
                continue;
            }
            String note = months.incomplete().containsKey(month)
                    ? "Incomplete (left out of figures): " + months.incomplete().get(month)
                    : months.isProvisional(month) ? "Provisional: outcomes are still being recorded" : "";
            rows.add(new Row(MonthRange.wordsFor(month), value, Figures.inUnit(value, indicator.unit()), note));
        }
        return rows;
    }
}
