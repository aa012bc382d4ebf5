package org.oversight.performance.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.performance.spc.SpcCases.chart;
import static org.oversight.performance.spc.SpcCases.increase;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Limits from fewer than 12 baseline points are trial limits, and are shown as such. */
class TrialLimitsTest {

    static double[] alternating(int points) {
        return IntStream.range(0, points).mapToDouble(i -> i % 2 == 0 ? 10 : 11).toArray();
    }

    @Test
    void elevenPointsGiveTrialLimits() {
        assertThat(chart(increase(), alternating(11)).trial()).isTrue();
    }

    @Test
    void twelvePointsGiveFirmLimits() {
        assertThat(chart(increase(), alternating(12)).trial()).isFalse();
    }

    @Test
    void limitsFixedAfterTwelvePointsAreFirmHoweverLongTheSeries() {
        SpcChart chart = chart(increase().withFixAfter(12), alternating(24));

        assertThat(chart.trial()).isFalse();
        assertThat(chart.segments().get(0).baselineSize()).isEqualTo(12);
    }

    @Test
    void limitsCannotBeFixedOnElevenPointsBecauseTheyWouldOnlyBeTrialLimits() {
        assertThatThrownBy(() -> increase().withFixAfter(11))
                .hasMessage("fix after must be at least 12 points (fewer give only trial limits, which should not be"
                        + " fixed), not 11");
    }

    @Test
    void aRebasedSegmentShorterThanTheFixedBaselineHasTrialLimits() {
        SpcChart chart = chart(increase().withFixAfter(12).withRebase("2024-07"), alternating(20));

        assertThat(chart.segments()).extracting(Segment::trial).containsExactly(false, true);
        assertThat(chart.trial()).isTrue();
    }

    @Test
    void aShortLastSegmentMakesTheChartsLimitsTrialLimits() {
        // 15 points, then a rebase at the 16th (2024-07) leaving 5.
        SpcChart chart = chart(increase().withRebase("2024-07"), alternating(20));

        assertThat(chart.segments()).extracting(Segment::trial).containsExactly(false, true);
        assertThat(chart.trial()).isTrue();
    }

    @Test
    void aLongLastSegmentGivesFirmLimitsEvenAfterAShortOne() {
        // 5 points, then a rebase at the 6th (2023-09) leaving 15.
        SpcChart chart = chart(increase().withRebase("2023-09"), alternating(20));

        assertThat(chart.segments()).extracting(Segment::trial).containsExactly(true, false);
        assertThat(chart.trial()).isFalse();
    }
}
