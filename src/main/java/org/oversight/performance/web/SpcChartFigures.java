package org.oversight.performance.web;

import java.util.List;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.SpcChartFigure;

/** The measure page's SPC chart, data table and summary, for {@code PerformanceApi.spcChart}. */
public final class SpcChartFigures {

    private SpcChartFigures() {}

    /** The chart of a measure with a series, titled {@code title}; {@code null} without a series. */
    public static SpcChartFigure of(MeasurePerformance measure, String title) {
        if (measure.series().isEmpty()) {
            return null;
        }
        String summary = ChartWords.summary(measure);
        List<List<String>> rows = DataTableRow.of(measure).stream()
                .map(row -> List.of(row.month(), row.value(), row.pointType()))
                .toList();
        return new SpcChartFigure(Svg.chart(measure, title, summary), summary, MeasureFigures.axisLabel(measure), rows);
    }
}
