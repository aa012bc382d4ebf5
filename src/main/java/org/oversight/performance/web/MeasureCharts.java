package org.oversight.performance.web;

import java.util.Optional;
import org.oversight.performance.MeasureChart;
import org.oversight.performance.MeasurePerformance;

/** The measure page's chart, words and data table as one value, for {@code PerformanceApi#chart}. */
public final class MeasureCharts {

    private MeasureCharts() {}

    /** The chart of a measure with figures; empty when it has no monthly series to draw. */
    public static Optional<MeasureChart> of(MeasurePerformance measure, String title) {
        if (measure.series().isEmpty()) {
            return Optional.empty();
        }
        String summary = ChartWords.summary(measure);
        return Optional.of(new MeasureChart(
                Svg.chart(measure, title, summary),
                summary,
                MeasureFigures.axisLabel(measure),
                DataTableRow.of(measure).stream()
                        .map(row -> new MeasureChart.Row(row.month(), row.value(), row.pointType()))
                        .toList(),
                SpcIcons.variationText(measure.spc()),
                SpcIcons.assuranceText(measure.spc())));
    }
}
