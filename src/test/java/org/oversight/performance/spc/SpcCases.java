package org.oversight.performance.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * Named series for the SPC tests, and their expected point types written one letter a point, so that
 * a case reads like the chart:
 *
 * <pre>
 *   .  COMMON_CAUSE
 *   I  SPECIAL_CAUSE_IMPROVEMENT
 *   C  SPECIAL_CAUSE_CONCERN
 *   H  SPECIAL_CAUSE_NEUTRAL_HIGH
 *   L  SPECIAL_CAUSE_NEUTRAL_LOW
 * </pre>
 *
 * Spaces in an expectation only group the points for reading ({@code "...... IIIIIII"}).
 */
final class SpcCases {

    /**
     * Twelve points alternating 10 and 11, ending high. With "fix after 12" (the least DESIGN.md
     * allows) they set the limits the points after them are judged against. By hand: centre = 126 /
     * 12 = 10.5; eleven moving ranges of 1, mean 1 (none ≥ 3.267, none screened out); limits 10.5 ±
     * 2.66 = 7.84 and 13.16; near-limit lines 10.5 ± 1.7733 = 8.7267 and 12.2733. They make no signal
     * themselves: no two consecutive points on one side, no two consecutive rises.
     */
    static final double[] STEADY = {10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11};

    /** {@link #STEADY} ending low: 11, 10, … (same limits). */
    static final double[] STEADY_ENDING_LOW = {11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10};

    /**
     * Twelve points alternating 9.5 and 11.5, ending high: centre 10.5, mean moving range 2, limits
     * 10.5 ± 5.32 = 5.18 and 15.82, near-limit lines 10.5 ± 3.5467 = 6.9533 and 14.0467 — room for
     * trends that stay between the near-limit lines.
     */
    static final double[] WIDE = {9.5, 11.5, 9.5, 11.5, 9.5, 11.5, 9.5, 11.5, 9.5, 11.5, 9.5, 11.5};

    /** {@link #WIDE} ending low (same limits). */
    static final double[] WIDE_ENDING_LOW = {11.5, 9.5, 11.5, 9.5, 11.5, 9.5, 11.5, 9.5, 11.5, 9.5, 11.5, 9.5};

    private SpcCases() {}

    /** Monthly periods from 2023-04, one for each value. */
    static List<String> periods(int count) {
        List<String> periods = new ArrayList<>();
        YearMonth month = YearMonth.of(2023, 4);
        for (int i = 0; i < count; i++) {
            periods.add(month.plusMonths(i).toString());
        }
        return periods;
    }

    static List<Double> values(double... values) {
        return DoubleStream.of(values).boxed().toList();
    }

    static SpcChart chart(SpcOptions options, double... values) {
        return Spc.calculate(periods(values.length), values(values), options);
    }

    /** A baseline of twelve points that fixes the limits, then the points under test. */
    static SpcChart afterBaseline(double[] baseline, SpcOptions options, double... points) {
        return chart(options.withFixAfter(baseline.length), join(baseline, points));
    }

    static double[] join(double[]... parts) {
        return Arrays.stream(parts).flatMapToDouble(DoubleStream::of).toArray();
    }

    static SpcOptions increase() {
        return SpcOptions.of(ImprovementDirection.INCREASE);
    }

    static SpcOptions decrease() {
        return SpcOptions.of(ImprovementDirection.DECREASE);
    }

    static SpcOptions neutral() {
        return SpcOptions.of(ImprovementDirection.NEUTRAL);
    }

    /** The chart's point types, one letter a point. */
    static String types(SpcChart chart) {
        StringBuilder letters = new StringBuilder();
        for (PointType type : chart.pointTypes()) {
            letters.append(
                    switch (type) {
                        case COMMON_CAUSE -> '.';
                        case SPECIAL_CAUSE_IMPROVEMENT -> 'I';
                        case SPECIAL_CAUSE_CONCERN -> 'C';
                        case SPECIAL_CAUSE_NEUTRAL_HIGH -> 'H';
                        case SPECIAL_CAUSE_NEUTRAL_LOW -> 'L';
                    });
        }
        return letters.toString();
    }

    /** Every point's type is as expected ({@code expected} in the letters above). */
    static void assertPointTypes(SpcChart chart, String expected) {
        assertThat(types(chart)).as("point types").isEqualTo(expected.replace(" ", ""));
    }
}
