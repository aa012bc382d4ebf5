package org.oversight.performance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.MeasurePerformanceBuilder.aMeasurePerformance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.MeasurePerformanceBuilder;

/** The overview's small trend line and its words. */
class SparklineTest {

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void itCoversTheLast24MonthsAndIsHiddenFromScreenReaders() {
        MeasurePerformance measure = aMeasurePerformance()
                .withSeries(MeasurePerformanceBuilder.months(YearMonth.of(2012, 4), 36, 800, 40))
                .build();

        String svg = Sparkline.svg(measure);

        assertThat(svg).contains("aria-hidden=\"true\"").contains("focusable=\"false\"");
        assertThat(count(svg, " L")).isEqualTo(23);
        assertThat(Sparkline.words(measure)).startsWith("Trend: 24 months, April 2013 to March 2015: lowest 800");
    }

    @Test
    void provisionalMonthsAreHollowAndNamedInTheWords() {
        List<MeasurePerformance.MonthPoint> series =
                new ArrayList<>(MeasurePerformanceBuilder.months(YearMonth.of(2013, 4), 21, 10, 1));
        for (int i = 0; i < 3; i++) {
            series.add(new MeasurePerformance.MonthPoint(
                    YearMonth.of(2015, 1).plusMonths(i).toString(), new BigDecimal("5." + i), null, true));
        }
        MeasurePerformance measure =
                aMeasurePerformance().withUnit("percent").withSeries(series).build();

        String svg = Sparkline.svg(measure);

        assertThat(count(svg, "class=\"sparkline-provisional\"")).isEqualTo(3);
        assertThat(svg).containsPattern("class=\"sparkline-provisional\"[^>]*fill=\"#ffffff\"");
        assertThat(svg).contains("stroke-dasharray");
        assertThat(count(svg, "class=\"sparkline-latest\"")).isEqualTo(1);
        assertThat(Sparkline.words(measure))
                .isEqualTo("Trend: 24 months, April 2013 to March 2015: lowest 5.0% (January 2015), highest 11.0%"
                        + " (May 2013), latest 5.2%. The last 3 months are provisional.");
    }

    @Test
    void aSingleMonthDrawsNoLine() {
        MeasurePerformance measure = aMeasurePerformance()
                .withSeries(MeasurePerformanceBuilder.months(YearMonth.of(2015, 3), 1, 800, 0))
                .build();

        assertThat(Sparkline.svg(measure)).isEmpty();
    }

    @Test
    void itCoversCalendarMonthsSoAGapIsNotFilledFromEarlierMonths() {
        List<MeasurePerformance.MonthPoint> series =
                new ArrayList<>(MeasurePerformanceBuilder.months(YearMonth.of(2012, 4), 36, 800, 40));
        series.remove(30); // October 2014 is missing
        MeasurePerformance measure = aMeasurePerformance().withSeries(series).build();

        String svg = Sparkline.svg(measure);

        assertThat(Sparkline.words(measure)).startsWith("Trend: 23 months, April 2013 to March 2015");
        assertThat(count(svg, "M")).isEqualTo(2);
    }
}
