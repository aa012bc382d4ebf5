package org.oversight.performance.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.spc.SpcCases.STEADY;
import static org.oversight.performance.spc.SpcCases.STEADY_ENDING_LOW;
import static org.oversight.performance.spc.SpcCases.afterBaseline;
import static org.oversight.performance.spc.SpcCases.assertPointTypes;
import static org.oversight.performance.spc.SpcCases.decrease;
import static org.oversight.performance.spc.SpcCases.increase;
import static org.oversight.performance.spc.SpcCases.neutral;

import org.junit.jupiter.api.Test;

/**
 * Rule 2 of "Making Data Count": a shift, a run of points all above or all below the centre line
 * (7 by default). Cases follow a baseline with centre 10.5 whose last point is on the other side of
 * the centre from the run, so that the run is exactly the points listed. The run's points alternate
 * (11, 11.5…) so that no trend forms, and stay short of the near-limit line (12.27).
 */
class Rule2ShiftTest {

    @Test
    void sevenPointsAboveTheCentreAreAllFlaggedAsAShift() {
        SpcChart chart = afterBaseline(STEADY_ENDING_LOW, increase(), 11, 11.5, 11, 11.5, 11, 11.5, 11);

        assertPointTypes(chart, "............ IIIIIII");
        assertThat(chart.points().get(12).rules()).containsExactly(SpecialCauseRule.SHIFT);
    }

    @Test
    void sevenPointsAboveTheCentreAreAConcernWhenLowerIsBetter() {
        assertPointTypes(
                afterBaseline(STEADY_ENDING_LOW, decrease(), 11, 11.5, 11, 11.5, 11, 11.5, 11), "............ CCCCCCC");
    }

    @Test
    void sevenPointsAboveTheCentreAreNeutralHighWhenNeitherWayIsBetter() {
        assertPointTypes(
                afterBaseline(STEADY_ENDING_LOW, neutral(), 11, 11.5, 11, 11.5, 11, 11.5, 11), "............ HHHHHHH");
    }

    @Test
    void sevenPointsBelowTheCentreAreAConcernWhenHigherIsBetter() {
        assertPointTypes(afterBaseline(STEADY, increase(), 10, 9.5, 10, 9.5, 10, 9.5, 10), "............ CCCCCCC");
    }

    @Test
    void sevenPointsBelowTheCentreAreAnImprovementWhenLowerIsBetter() {
        assertPointTypes(afterBaseline(STEADY, decrease(), 10, 9.5, 10, 9.5, 10, 9.5, 10), "............ IIIIIII");
    }

    @Test
    void sixPointsAboveTheCentreAreNotAShiftOfSeven() {
        assertPointTypes(
                afterBaseline(STEADY_ENDING_LOW, increase(), 11, 11.5, 11, 11.5, 11, 11.5, 10),
                "............ ...... .");
    }

    @Test
    void sixPointsAboveTheCentreAreAShiftOfSix() {
        SpcOptions shiftOfSix = increase().withShiftRun(6);

        assertPointTypes(
                afterBaseline(STEADY_ENDING_LOW, shiftOfSix, 11, 11.5, 11, 11.5, 11, 11.5, 10),
                "............ IIIIII .");
    }

    @Test
    void aPointOnTheCentreBreaksTheShift() {
        // 3 points above, one on the centre (10.5), 4 above: no run of 7.
        assertPointTypes(
                afterBaseline(STEADY_ENDING_LOW, increase(), 11, 11.5, 11, 10.5, 11, 11.5, 11, 11.5),
                "............ ... . ....");
    }

    @Test
    void theSameRunWithAPointJustAboveTheCentreIsAShiftOfEight() {
        assertPointTypes(
                afterBaseline(STEADY_ENDING_LOW, increase(), 11, 11.5, 11, 10.6, 11, 11.5, 11, 11.5),
                "............ IIIIIIII");
    }

    @Test
    void aRunThatStartsInTheBaselineIsFlaggedFromItsFirstPoint() {
        // STEADY ends at 11, above the centre: with six more points above, the run is seven points long.
        assertPointTypes(afterBaseline(STEADY, increase(), 11, 11.5, 11, 11.5, 11, 11.5), "...........I IIIIII");
    }

    @Test
    void theRuleFlagsEveryPointOfARunOnItsSide() {
        ProcessLimits limits = ProcessLimits.of(0, 10);

        int[] signals = SpecialCauseRules.shift(new double[] {1, -1, -2, -3, 0, 1, 2, 3}, limits, 3);

        assertThat(signals).containsExactly(0, -1, -1, -1, 0, 1, 1, 1);
    }
}
