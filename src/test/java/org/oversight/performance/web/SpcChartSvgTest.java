package org.oversight.performance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.MeasurePerformanceBuilder.aMeasurePerformance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.MeasurePerformanceBuilder;

/** The measure page's SPC chart: round ticks, the unit on the axis, labelled lines, hollow provisional months. */
class SpcChartSvgTest {

    private static final MeasurePerformance.SpcSummary LIMITS = new MeasurePerformance.SpcSummary(
            "common_cause",
            "common cause",
            true,
            "inconsistent",
            "inconsistent",
            874.9,
            735.8,
            1014.1,
            false,
            847.9,
            17);

    private static String chart(MeasurePerformance measure) {
        return Svg.chart(measure, "Burglary", "36 monthly values");
    }

    private static List<String> texts(String svg, String kind) {
        Matcher m = Pattern.compile("<text class=\"" + kind + "\"[^>]*>([^<]*)</text>")
                .matcher(svg);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** Months with the last {@code provisional} of them provisional (no point type, as the API gives them). */
    private static List<MeasurePerformance.MonthPoint> withProvisional(int months, int provisional) {
        List<MeasurePerformance.MonthPoint> points = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            boolean p = i >= months - provisional;
            points.add(new MeasurePerformance.MonthPoint(
                    YearMonth.of(2012, 4).plusMonths(i).toString(),
                    BigDecimal.valueOf(10 + (i % 3)),
                    p ? null : "common_cause",
                    p));
        }
        return points;
    }

    @Test
    void theValueAxisTicksAreRoundNumbersCoveringThePointsAndLimits() {
        String svg = chart(aMeasurePerformance().withSpc(LIMITS).build());

        // points 800 and 840, limits 735.8 to 1,014.1: a fifth of 278.3 is 55.7, so steps of 100
        assertThat(texts(svg, "y-tick")).containsExactly("700", "800", "900", "1,000", "1,100");
    }

    @Test
    void theAxisSaysTheUnit() {
        assertThat(texts(chart(aMeasurePerformance().build()), "y-axis-label")).containsExactly("Crimes per month");
        MeasurePerformance rate = aMeasurePerformance()
                .withUnit("percent")
                .withIndicatorName("Burglary positive outcome rate")
                .build();
        assertThat(texts(chart(rate), "y-axis-label")).containsExactly("Rate (%)");
    }

    @Test
    void noTextIsOfTheOneSizeThePdfRendererDrawsAsADot() {
        // openhtmltopdf's Batik draws SVG text of font-size 12 (exactly) as a dot: the axis label
        // and the trial-limits note vanished from every PDF.
        MeasurePerformance trial = aMeasurePerformance().withSpc(LIMITS).build();
        assertThat(chart(aMeasurePerformance().build())).doesNotContain("font-size=\"12\"");
        assertThat(chart(trial)).doesNotContain("font-size=\"12\"");
    }

    @Test
    void theCentreLimitsAndTargetAreLabelledWithTheirValuesAtTheRightEnd() {
        String svg = chart(aMeasurePerformance().withSpc(LIMITS).build());

        assertThat(texts(svg, "line-label"))
                .containsExactly("Upper limit 1,014.1", "Mean 874.9", "Lower limit 735.8", "Target 847.9");
        Matcher upper =
                Pattern.compile("<text class=\"line-label\" x=\"([0-9.]+)\"").matcher(svg);
        assertThat(upper.find()).isTrue();
        assertThat(Double.parseDouble(upper.group(1))).isGreaterThan(Svg.LEFT + Svg.PLOT_WIDTH);
    }

    @Test
    void percentageLimitsAreLabelledWithOneDecimalAndTheSign() {
        MeasurePerformance rate = aMeasurePerformance()
                .withUnit("percent")
                .withSpc(new MeasurePerformance.SpcSummary(
                        "common_cause", "common cause", true, null, null, 10.05, 2.7, 17.5, false, null, 0))
                .build();

        assertThat(texts(chart(rate), "line-label"))
                .containsExactly("Upper limit 17.5%", "Mean 10.1%", "Lower limit 2.7%");
    }

    @Test
    void trialLimitsAreLabelledAsTrialLimits() {
        MeasurePerformance trial = aMeasurePerformance()
                .withSeries(MeasurePerformanceBuilder.months(YearMonth.of(2014, 6), 10, 800, 40))
                .withSpc(new MeasurePerformance.SpcSummary(
                        "common_cause", "common cause", true, null, null, 820, 700, 940, true, null, 0))
                .build();

        String svg = chart(trial);

        assertThat(texts(svg, "line-label"))
                .containsExactly("Upper trial limit 940", "Mean 820", "Lower trial limit 700");
        assertThat(texts(svg, "trial-note")).containsExactly("Trial limits: fewer than 12 months");
    }

    @Test
    void provisionalMonthsAreHollowAfterADashedLineAndTheLegendSaysSo() {
        String svg = chart(aMeasurePerformance()
                .withUnit("percent")
                .withSeries(withProvisional(36, 3))
                .build());

        // three hollow months and the legend's hollow sample
        assertThat(count(svg, "class=\"point-provisional\"")).isEqualTo(4);
        assertThat(svg).containsPattern("class=\"point-provisional\"[^>]*fill=\"#ffffff\"");
        assertThat(svg).contains("class=\"series-provisional\"").contains("stroke-dasharray=\"4 3\"");
        assertThat(texts(svg, "legend")).contains("Provisional (hollow)");
    }

    @Test
    void withoutProvisionalMonthsThereIsNoHollowPointOrLegendEntry() {
        String svg = chart(aMeasurePerformance().build());

        assertThat(svg).doesNotContain("point-provisional").doesNotContain("series-provisional");
        assertThat(texts(svg, "legend")).doesNotContain("Provisional (hollow)");
    }

    @Test
    void labelsOfCloseLinesArePushedApartButKeptInOrder() {
        List<Double> placed = Svg.spread(List.of(100.0, 104.0, 250.0, 102.0));

        assertThat(placed.get(2)).isEqualTo(250.0);
        List<Double> close = new ArrayList<>(List.of(placed.get(0), placed.get(3), placed.get(1)));
        assertThat(close).isSorted();
        assertThat(close.get(1) - close.get(0)).isGreaterThanOrEqualTo(Svg.LABEL_GAP);
        assertThat(close.get(2) - close.get(1)).isGreaterThanOrEqualTo(Svg.LABEL_GAP);
    }

    @Test
    void theLatestMonthIsAlwaysLabelledOnTheTimeAxis() {
        String svg = chart(aMeasurePerformance()
                .withSeries(MeasurePerformanceBuilder.months(YearMonth.of(2012, 4), 32, 800, 40))
                .build());

        List<String> months = texts(svg, "x-tick");
        assertThat(months.get(months.size() - 1)).isEqualTo("Nov 2014");
        assertThat(months).hasSizeLessThanOrEqualTo(7);
    }

    @Test
    void aMonthWithoutAFigureKeepsItsPlaceAndBreaksTheLine() {
        List<MeasurePerformance.MonthPoint> series =
                new ArrayList<>(MeasurePerformanceBuilder.months(YearMonth.of(2014, 1), 6, 800, 40));
        series.remove(3); // April 2014 is missing
        MeasurePerformance measure = aMeasurePerformance().withSeries(series).build();

        String svg = chart(measure);

        Matcher centres = Pattern.compile("<circle cx=\"([0-9.]+)\"").matcher(svg);
        List<Double> xs = new ArrayList<>();
        while (centres.find()) {
            xs.add(Double.parseDouble(centres.group(1)));
        }
        double month = xs.get(1) - xs.get(0);
        // March to May is two months' width; the legend's sample circle comes last
        assertThat(xs.get(3) - xs.get(2)).isCloseTo(2 * month, org.assertj.core.data.Offset.offset(0.2));
        Matcher path = Pattern.compile("<path class=\"series\" d=\"([^\"]*)\"").matcher(svg);
        assertThat(path.find()).isTrue();
        assertThat(count(path.group(1), "M")).isEqualTo(2);
        assertThat(ChartWords.summary(measure)).contains("No figures for April 2014 (a gap in the line).");
    }
}
