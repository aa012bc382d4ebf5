package org.oversight.performance.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.oversight.performance.spc.SpcCases.assertPointTypes;
import static org.oversight.performance.spc.SpcCases.chart;
import static org.oversight.performance.spc.SpcCases.increase;

import java.util.Arrays;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Centre, moving ranges, process limits, outlier screening, "fix after N" and rebase, worked by hand. */
class LimitsTest {

    static final Offset<Double> EXACTLY = within(1e-12);

    @Test
    void centreMeanMovingRangeAndLimitsOfAHandWorkedSeries() {
        // By hand: 5 7 6 8 4.
        //   centre = (5 + 7 + 6 + 8 + 4) / 5 = 30 / 5 = 6
        //   moving ranges |7-5| |6-7| |8-6| |4-8| = 2 1 2 4; mean = 9 / 4 = 2.25
        //   screening: 3.267 × 2.25 = 7.35; no moving range reaches it
        //   limits = 6 ± 2.66 × 2.25 = 6 ± 5.985 → 0.015 and 11.985
        //   near-limit lines = 6 ± (2/3 × 2.66) × 2.25 = 6 ± 3.99 → 2.01 and 9.99
        SpcChart chart = chart(increase(), 5, 7, 6, 8, 4);

        ProcessLimits limits = chart.limits();
        assertThat(limits.centre()).isCloseTo(6, EXACTLY);
        assertThat(limits.meanMovingRange()).isCloseTo(2.25, EXACTLY);
        assertThat(limits.lowerLimit()).isCloseTo(0.015, EXACTLY);
        assertThat(limits.upperLimit()).isCloseTo(11.985, EXACTLY);
        assertThat(limits.lowerNearLimit()).isCloseTo(2.01, EXACTLY);
        assertThat(limits.upperNearLimit()).isCloseTo(9.99, EXACTLY);
        assertThat(chart.points()).extracting(ChartPoint::movingRange).containsExactly(null, 2.0, 1.0, 2.0, 4.0);
        assertThat(chart.segments().get(0).movingRangesScreenedOut()).isZero();
        assertPointTypes(chart, ".....");
    }

    @Test
    void outlierScreeningLeavesOutLargeMovingRangesAndRecomputesTheMeanOnce() {
        // By hand: 10 11 10 11 10 11 10 11 10 16 56.
        //   moving ranges: eight of 1, then 6 and 40; mean = 54 / 10 = 5.4
        //   3.267 × 5.4 = 17.64: 40 is left out; the mean is recomputed once: (8 + 6) / 9 = 1.5556
        //   A second pass would leave out 6 too (3.267 × 1.5556 = 5.08), but screening is done once.
        //   centre = (5 × 10 + 4 × 11 + 16 + 56) / 11 = 166 / 11 = 15.0909 (every point, outliers too)
        SpcChart chart = chart(increase(), 10, 11, 10, 11, 10, 11, 10, 11, 10, 16, 56);

        assertThat(chart.limits().meanMovingRange()).isCloseTo(14.0 / 9, EXACTLY);
        assertThat(chart.centre()).isCloseTo(166.0 / 11, EXACTLY);
        assertThat(chart.upperLimit()).isCloseTo(166.0 / 11 + 2.66 * 14 / 9, EXACTLY);
        assertThat(chart.segments().get(0).movingRangesScreenedOut()).isEqualTo(1);
    }

    @Test
    void withoutOutlierScreeningEveryMovingRangeCounts() {
        SpcChart chart = chart(increase().withOutlierScreening(false), 10, 11, 10, 11, 10, 11, 10, 11, 10, 16, 56);

        assertThat(chart.limits().meanMovingRange()).isCloseTo(5.4, EXACTLY);
        assertThat(chart.segments().get(0).movingRangesScreenedOut()).isZero();
    }

    @Test
    void aSeriesThatNeverMovesHasLimitsOnItsCentre() {
        SpcChart chart = chart(increase(), 5, 5, 5, 5);

        assertThat(chart.limits()).isEqualTo(new ProcessLimits(5, 0, 5, 5, 5, 5));
        assertPointTypes(chart, "....");
    }

    @Test
    void fixAfterNComputesTheLimitsFromTheFirstNPointsOnly() {
        // The first twelve points, 5 7 6 8 4 5 7 6 8 4 5 7: centre 72 / 12 = 6; eleven moving ranges
        // 2 1 2 4 1 2 1 2 4 1 2, mean 22 / 11 = 2 (none ≥ 6.534); limits 6 ± 5.32 = 0.68 and 11.32.
        // 7 → 20 is a moving range of 13, but it is not in the baseline.
        SpcChart chart = chart(increase().withFixAfter(12), 5, 7, 6, 8, 4, 5, 7, 6, 8, 4, 5, 7, 20, 30);

        assertThat(chart.centre()).isCloseTo(6, EXACTLY);
        assertThat(chart.limits().meanMovingRange()).isCloseTo(2, EXACTLY);
        assertThat(chart.upperLimit()).isCloseTo(11.32, EXACTLY);
        assertThat(chart.trial()).isFalse();
        assertThat(chart.segments().get(0).baselineSize()).isEqualTo(12);
        assertPointTypes(chart, "............ II");
    }

    @Test
    void rebaseStartsASegmentWithItsOwnLimits() {
        // 10 11 10 11 10 11 | 20 21 20 21 20 21, rebased at the seventh period (2023-10).
        double[] values = {10, 11, 10, 11, 10, 11, 20, 21, 20, 21, 20, 21};

        SpcChart chart = chart(increase().withRebase("2023-10"), values);

        assertThat(chart.segments()).hasSize(2);
        Segment before = chart.segments().get(0);
        Segment after = chart.segments().get(1);
        assertThat(before.limits().centre()).isCloseTo(10.5, EXACTLY);
        assertThat(before.limits().meanMovingRange()).isCloseTo(1, EXACTLY);
        assertThat(after.firstPeriod()).isEqualTo("2023-10");
        assertThat(after.firstPoint()).isEqualTo(6);
        assertThat(after.limits().centre()).isCloseTo(20.5, EXACTLY);
        // The move from 11 to 20 crosses the rebase: it is no moving range of either segment.
        assertThat(after.limits().meanMovingRange()).isCloseTo(1, EXACTLY);
        assertThat(chart.points().get(6).movingRange()).isNull();
        // The chart's limits are the last segment's; each point carries its own segment's.
        assertThat(chart.limits()).isEqualTo(after.limits());
        assertThat(chart.lowerLimit()).isCloseTo(17.84, EXACTLY);
        assertThat(chart.points().get(0).limits()).isEqualTo(before.limits());
        assertThat(chart.points().get(11).limits()).isEqualTo(after.limits());
        assertThat(chart.points().get(11).segment()).isEqualTo(1);
        assertPointTypes(chart, "...... ......");
    }

    @Test
    void withoutTheRebaseTheSameSeriesIsAllSpecialCause() {
        // One segment: centre 15.5; moving ranges ten of 1 and one of 9 (screened out) → limits 12.84 and 18.16,
        // with every point outside them.
        double[] values = {10, 11, 10, 11, 10, 11, 20, 21, 20, 21, 20, 21};

        SpcChart chart = chart(increase(), values);

        assertThat(chart.centre()).isCloseTo(15.5, EXACTLY);
        assertThat(chart.upperLimit()).isCloseTo(18.16, EXACTLY);
        assertPointTypes(chart, "CCCCCC IIIIII");
    }

    @Test
    void fixAfterNAppliesToEachSegmentAndAShortSegmentUsesAllItsPoints() {
        // 14 points of 10 and 11 | 12 of 20 and 21, then 40 | 30 31 32, rebased at 2024-06 and 2025-07.
        double[] values = SpcCases.join(
                new double[] {10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11},
                new double[] {20, 21, 20, 21, 20, 21, 20, 21, 20, 21, 20, 21, 40},
                new double[] {30, 31, 32});

        SpcChart chart = chart(increase().withFixAfter(12).withRebase("2024-06", "2025-07"), values);

        assertThat(chart.segments())
                .extracting(Segment::size, Segment::baselineSize)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(14, 12),
                        org.assertj.core.groups.Tuple.tuple(13, 12),
                        org.assertj.core.groups.Tuple.tuple(3, 3));
        assertThat(chart.segments().get(1).limits().centre()).isCloseTo(20.5, EXACTLY);
        // 40 is far above the second segment's upper limit (23.16).
        assertPointTypes(chart, ".............. ............I ...");
        assertThat(chart.centre()).isCloseTo(31, EXACTLY);
    }

    @Test
    void theNearLimitLinesAreTwoThirdsOfTheWayToTheLimits() {
        ProcessLimits limits = ProcessLimits.of(100, 3);

        assertThat(limits.upperLimit() - limits.centre()).isCloseTo(7.98, EXACTLY);
        assertThat(limits.upperNearLimit() - limits.centre()).isCloseTo(7.98 * 2 / 3, EXACTLY);
        assertThat(Arrays.asList(limits.side(101), limits.side(100), limits.side(99)))
                .containsExactly(1, 0, -1);
    }
}
