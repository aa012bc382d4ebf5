package org.oversight.performance.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.spc.SpcCases.STEADY;
import static org.oversight.performance.spc.SpcCases.afterBaseline;
import static org.oversight.performance.spc.SpcCases.assertPointTypes;
import static org.oversight.performance.spc.SpcCases.decrease;
import static org.oversight.performance.spc.SpcCases.increase;

import org.junit.jupiter.api.Test;

/**
 * Rule 4 of "Making Data Count": two out of three consecutive points near a process limit — between
 * the near-limit line and the limit, not outside it — with all three on the same side of the centre.
 * Cases follow the {@link SpcCases#STEADY} baseline: centre 10.5, near-limit lines 8.7267 and 12.2733,
 * limits 7.84 and 13.16. 12.5 and 12.8 are near the upper limit; 8.5 and 8.2 near the lower.
 */
class Rule4TwoOfThreeTest {

    @Test
    void twoOfThreePointsNearTheUpperLimitAreFlaggedButNotTheThird() {
        SpcChart chart = afterBaseline(STEADY, increase(), 12.5, 11, 12.8, 11);

        assertPointTypes(chart, "............ I.I.");
        assertThat(chart.points().get(12).rules()).containsExactly(SpecialCauseRule.TWO_OF_THREE_NEAR_A_LIMIT);
    }

    @Test
    void twoOfThreePointsNearTheUpperLimitAreAConcernWhenLowerIsBetter() {
        assertPointTypes(afterBaseline(STEADY, decrease(), 12.5, 11, 12.8, 11), "............ C.C.");
    }

    @Test
    void twoConsecutivePointsNearTheUpperLimitAreFlagged() {
        assertPointTypes(afterBaseline(STEADY, increase(), 12.5, 12.8, 11), "............ II.");
    }

    @Test
    void twoOfThreePointsNearTheLowerLimitAreAConcernWhenHigherIsBetter() {
        assertPointTypes(afterBaseline(STEADY, increase(), 8.5, 10, 8.2, 10), "............ C.C.");
    }

    @Test
    void twoOfThreePointsNearTheLowerLimitAreAnImprovementWhenLowerIsBetter() {
        assertPointTypes(afterBaseline(STEADY, decrease(), 8.5, 10, 8.2, 10), "............ I.I.");
    }

    @Test
    void noSignalWhenTheThirdPointIsOnTheOtherSideOfTheCentre() {
        // 12.5, 10, 12.8: two near the upper limit, but 10 is below the centre.
        assertPointTypes(afterBaseline(STEADY, increase(), 12.5, 10, 12.8, 10), "............ ....");
    }

    @Test
    void noSignalWhenTheThirdPointIsOnTheCentre() {
        assertPointTypes(afterBaseline(STEADY, increase(), 12.5, 10.5, 12.8, 10), "............ ....");
    }

    @Test
    void aPointOutsideTheLimitIsNotCountedAsNearIt() {
        // 13.5 is above the upper limit (13.16): rule 1 flags it, and 12.5 is then the only near point.
        SpcChart chart = afterBaseline(STEADY, increase(), 12.5, 11, 13.5, 11);

        assertPointTypes(chart, "............ ..I.");
        assertThat(chart.points().get(14).rules()).containsExactly(SpecialCauseRule.OUTSIDE_THE_LIMITS);
    }

    @Test
    void aPointExactlyOnTheUpperLimitIsNearIt() {
        double upperLimit = afterBaseline(STEADY, increase(), 10).upperLimit();

        assertPointTypes(afterBaseline(STEADY, increase(), 12.5, 11, upperLimit, 11), "............ I.I.");
    }

    @Test
    void twoNearPointsFurtherApartThanThreeConsecutivePointsMakeNoSignal() {
        assertPointTypes(afterBaseline(STEADY, increase(), 12.5, 11, 11, 12.8, 11), "............ .....");
    }

    @Test
    void threeOfThreePointsNearTheLimitAreAllFlagged() {
        assertPointTypes(afterBaseline(STEADY, increase(), 12.5, 12.8, 12.4, 11), "............ III.");
    }

    @Test
    void theRuleFlagsOnlyTheNearPointsOfTheWindow() {
        ProcessLimits limits = ProcessLimits.of(0, 3); // near-limit lines ±5.32, limits ±7.98

        int[] signals = SpecialCauseRules.twoOfThreeNearALimit(new double[] {6, 1, 7, -6, -7, -1}, limits);

        // Window (6, 1, 7): two near, all above. Window (-6, -7, -1): two near, all below.
        assertThat(signals).containsExactly(1, 0, 1, -1, -1, 0);
    }
}
