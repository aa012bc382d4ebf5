package org.oversight.performance.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.spc.SpcCases.STEADY;
import static org.oversight.performance.spc.SpcCases.afterBaseline;
import static org.oversight.performance.spc.SpcCases.assertPointTypes;
import static org.oversight.performance.spc.SpcCases.decrease;
import static org.oversight.performance.spc.SpcCases.increase;

import org.junit.jupiter.api.Test;

/**
 * Rule 1 of "Making Data Count": a single point outside the process limits. Each case is a named
 * series after the {@link SpcCases#STEADY} baseline (limits 7.84 and 13.16), with the type of every
 * point ({@code .} common cause, {@code I} improvement, {@code C} concern).
 */
class Rule1OutsideLimitsTest {

    @Test
    void aPointAboveTheUpperLimitIsSpecialCauseImprovementWhenHigherIsBetter() {
        SpcChart chart = afterBaseline(STEADY, increase(), 10, 14, 10);

        assertPointTypes(chart, "............ .I.");
        assertThat(chart.points().get(13).rules()).containsExactly(SpecialCauseRule.OUTSIDE_THE_LIMITS);
    }

    @Test
    void aPointAboveTheUpperLimitIsSpecialCauseConcernWhenLowerIsBetter() {
        assertPointTypes(afterBaseline(STEADY, decrease(), 10, 14, 10), "............ .C.");
    }

    @Test
    void aPointBelowTheLowerLimitIsSpecialCauseConcernWhenHigherIsBetter() {
        // 7 < 7.84
        assertPointTypes(afterBaseline(STEADY, increase(), 10, 7, 10), "............ .C.");
    }

    @Test
    void aPointBelowTheLowerLimitIsSpecialCauseImprovementWhenLowerIsBetter() {
        assertPointTypes(afterBaseline(STEADY, decrease(), 10, 7, 10), "............ .I.");
    }

    @Test
    void aPointExactlyOnTheUpperLimitIsNotOutsideIt() {
        double upperLimit = afterBaseline(STEADY, increase(), 10).upperLimit();

        SpcChart chart = afterBaseline(STEADY, increase(), 10, upperLimit, 10);

        assertPointTypes(chart, "............ ...");
    }

    @Test
    void aPointJustAboveTheUpperLimitIsOutsideIt() {
        double upperLimit = afterBaseline(STEADY, increase(), 10).upperLimit();

        assertPointTypes(afterBaseline(STEADY, increase(), 10, upperLimit + 1e-9, 10), "............ .I.");
    }

    @Test
    void aPointExactlyOnTheLowerLimitIsNotOutsideIt() {
        double lowerLimit = afterBaseline(STEADY, increase(), 10).lowerLimit();

        assertPointTypes(afterBaseline(STEADY, increase(), 10, lowerLimit, 10), "............ ...");
    }

    @Test
    void theRuleFlagsPointsStrictlyBeyondTheLimitsOnTheirSide() {
        ProcessLimits limits = ProcessLimits.of(10.5, 1); // 7.84 to 13.16

        int[] signals = SpecialCauseRules.outsideTheLimits(new double[] {10, 13.2, 7.8, 13.16, 7.84}, limits);

        assertThat(signals).containsExactly(0, SpecialCauseRules.HIGH, SpecialCauseRules.LOW, 0, 0);
    }
}
