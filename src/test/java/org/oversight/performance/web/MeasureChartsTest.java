package org.oversight.performance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.performance.MeasureChart;
import org.oversight.performance.MeasurePerformance;

/** The measure page's chart as other modules get it (PerformanceApi.chart): the same SVG, words and rows. */
class MeasureChartsTest {

    static MeasurePerformance measure(boolean withSeries) {
        List<MeasurePerformance.MonthPoint> series = new ArrayList<>();
        if (withSeries) {
            for (int month = 1; month <= 12; month++) {
                series.add(new MeasurePerformance.MonthPoint(
                        String.format("2014-%02d", month),
                        BigDecimal.valueOf(100 + month),
                        month > 5 ? "special_cause_concern" : "common_cause",
                        false));
            }
        }
        var spc = new MeasurePerformance.SpcSummary(
                "special_cause_concern", "Special cause concern", true, null, null, 106, 95, 117, false, null, 7);
        return new MeasurePerformance(
                "p",
                "v",
                "4.6",
                "Reduce crime",
                "4.6-m1",
                "Reduce burglary",
                List.of("ACC Crime"),
                "decrease",
                "count",
                "force",
                "burglary",
                1,
                "Burglary",
                "data.police.uk",
                true,
                null,
                "2014-12",
                "Figures to December 2014.",
                series,
                BigDecimal.valueOf(112),
                "112 in December 2014",
                null,
                null,
                null,
                null,
                null,
                null,
                spc,
                false,
                "Burglary is rising.",
                null,
                null);
    }

    @Test
    void givesTheMeasurePagesSvgWithItsWordsAndOneRowAMonth() {
        MeasurePerformance m = measure(true);

        MeasureChart chart = MeasureCharts.of(m, "Burglary: monthly SPC chart").orElseThrow();

        assertThat(chart.svg()).isEqualTo(Svg.chart(m, "Burglary: monthly SPC chart", ChartWords.summary(m)));
        assertThat(chart.textAlternative()).isEqualTo(ChartWords.summary(m));
        assertThat(chart.valueHeading()).isEqualTo(MeasureFigures.axisLabel(m));
        assertThat(chart.rows()).hasSize(12);
        assertThat(chart.rows().get(11))
                .isEqualTo(new MeasureChart.Row("December 2014", "112", "Special cause concern"));
        assertThat(chart.variationWords()).isEqualTo("Special cause concern: high");
        assertThat(chart.assuranceWords()).isEqualTo("No assurance: no monthly target");
    }

    @Test
    void thereIsNoChartWithoutASeries() {
        assertThat(MeasureCharts.of(measure(false), "x")).isEmpty();
    }
}
