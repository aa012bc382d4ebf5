package org.oversight.performance.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.spc.ImprovementDirection.DECREASE;
import static org.oversight.performance.spc.ImprovementDirection.INCREASE;
import static org.oversight.performance.spc.ImprovementDirection.NEUTRAL;
import static org.oversight.performance.spc.PointType.COMMON_CAUSE;
import static org.oversight.performance.spc.PointType.SPECIAL_CAUSE_CONCERN;
import static org.oversight.performance.spc.PointType.SPECIAL_CAUSE_IMPROVEMENT;
import static org.oversight.performance.spc.PointType.SPECIAL_CAUSE_NEUTRAL_HIGH;
import static org.oversight.performance.spc.PointType.SPECIAL_CAUSE_NEUTRAL_LOW;
import static org.oversight.performance.spc.SpcCases.STEADY;
import static org.oversight.performance.spc.SpcCases.STEADY_ENDING_LOW;
import static org.oversight.performance.spc.SpcCases.WIDE;
import static org.oversight.performance.spc.SpcCases.WIDE_ENDING_LOW;
import static org.oversight.performance.spc.SpcCases.afterBaseline;
import static org.oversight.performance.spc.SpcCases.assertPointTypes;
import static org.oversight.performance.spc.SpcCases.increase;
import static org.oversight.performance.spc.SpcCases.neutral;
import static org.oversight.performance.spc.SpecialCauseRules.HIGH;
import static org.oversight.performance.spc.SpecialCauseRules.LOW;
import static org.oversight.performance.spc.SpecialCauseRules.NONE;

import org.junit.jupiter.api.Test;

/** Improvement, concern and neutral high/low: the flagged point's signal read with the improvement direction. */
class PointTypeTest {

    @Test
    void aHighSignalIsAnImprovementWhenHigherIsBetterAndAConcernWhenLowerIsBetter() {
        assertThat(PointType.of(HIGH, INCREASE)).isEqualTo(SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(PointType.of(HIGH, DECREASE)).isEqualTo(SPECIAL_CAUSE_CONCERN);
        assertThat(PointType.of(HIGH, NEUTRAL)).isEqualTo(SPECIAL_CAUSE_NEUTRAL_HIGH);
    }

    @Test
    void aLowSignalIsAConcernWhenHigherIsBetterAndAnImprovementWhenLowerIsBetter() {
        assertThat(PointType.of(LOW, INCREASE)).isEqualTo(SPECIAL_CAUSE_CONCERN);
        assertThat(PointType.of(LOW, DECREASE)).isEqualTo(SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(PointType.of(LOW, NEUTRAL)).isEqualTo(SPECIAL_CAUSE_NEUTRAL_LOW);
    }

    @Test
    void noSignalIsCommonCauseWhateverTheDirection() {
        for (ImprovementDirection direction : ImprovementDirection.values()) {
            assertThat(PointType.of(NONE, direction)).isEqualTo(COMMON_CAUSE);
        }
    }

    @Test
    void pointTypesAreWrittenInMakingDataCountCodes() {
        assertThat(SPECIAL_CAUSE_NEUTRAL_HIGH.code()).isEqualTo("special_cause_neutral_high");
        assertThat(COMMON_CAUSE.code()).isEqualTo("common_cause");
        assertThat(SPECIAL_CAUSE_IMPROVEMENT.words()).isEqualTo("special cause improvement");
    }

    @Test
    void pointsAboveAndBelowTheLimitsAreNeutralHighAndLowWhenNeitherWayIsBetter() {
        assertPointTypes(afterBaseline(STEADY, neutral(), 14, 10, 7), "............ H.L");
    }

    @Test
    void aRisingTrendIsAnImprovementBelowTheCentreToo() {
        // 8.0 to 10.0 lie below the centre (10.5), yet they rise: the trend's direction decides.
        assertPointTypes(afterBaseline(WIDE, increase(), 8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0), "............ IIIIIII");
    }

    @Test
    void aPointInBothAShiftAndAFallingTrendTakesTheTrendsDirection() {
        // Seven points above the centre (a shift, high) that each fall (a trend, low): the trend decides.
        SpcChart chart = afterBaseline(STEADY_ENDING_LOW, increase(), 12, 11.9, 11.8, 11.7, 11.6, 11.5, 11.4);

        assertPointTypes(chart, "............ CCCCCCC");
        assertThat(chart.points().get(12).rules()).containsExactly(SpecialCauseRule.SHIFT, SpecialCauseRule.TREND);
    }

    @Test
    void aPointOutsideTheLimitsTakesItsSideEvenWithinATrend() {
        // 16 is above the upper limit (15.82) and starts a falling trend of seven: rule 1 decides for it.
        SpcChart chart = afterBaseline(WIDE_ENDING_LOW, increase(), 16, 15, 14, 13, 12, 11, 10);

        assertPointTypes(chart, "............ I CCCCCC");
        assertThat(chart.points().get(12).rules())
                .containsExactly(SpecialCauseRule.OUTSIDE_THE_LIMITS, SpecialCauseRule.TREND);
    }

    @Test
    void theVariationIsTheLatestPointsType() {
        assertThat(afterBaseline(STEADY, increase(), 10, 14).variation()).isEqualTo(SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(afterBaseline(STEADY, increase(), 14, 10).variation()).isEqualTo(COMMON_CAUSE);
        assertThat(afterBaseline(STEADY, neutral(), 10, 7).variation()).isEqualTo(SPECIAL_CAUSE_NEUTRAL_LOW);
    }
}
