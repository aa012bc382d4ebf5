package org.oversight.performance.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.spc.SpcCases.WIDE;
import static org.oversight.performance.spc.SpcCases.afterBaseline;
import static org.oversight.performance.spc.SpcCases.assertPointTypes;
import static org.oversight.performance.spc.SpcCases.decrease;
import static org.oversight.performance.spc.SpcCases.increase;
import static org.oversight.performance.spc.SpcCases.neutral;

import org.junit.jupiter.api.Test;

/**
 * Rule 3 of "Making Data Count": a trend, a run of points each strictly higher (or each strictly
 * lower) than the one before. The run length counts points: a trend of 7 is six consecutive rises.
 * Cases follow the {@link SpcCases#WIDE} baseline (centre 10.5, near-limit lines 6.95 and 14.05), so
 * the trends below stay clear of rules 1 and 4 and cross the centre before they can make a shift.
 */
class Rule3TrendTest {

    @Test
    void sevenRisingPointsAreATrendAndEveryPointIsFlagged() {
        // The baseline ends at 11.5, so 11.5 → 8.0 is a fall: the trend starts at 8.0.
        SpcChart chart = afterBaseline(WIDE, increase(), 8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0);

        // Rising is better, so every point of the trend is an improvement, those below the centre too.
        assertPointTypes(chart, "............ IIIIIII");
        assertThat(chart.points().get(12).rules()).containsExactly(SpecialCauseRule.TREND);
    }

    @Test
    void sevenRisingPointsAreAConcernWhenLowerIsBetter() {
        assertPointTypes(afterBaseline(WIDE, decrease(), 8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0), "............ CCCCCCC");
    }

    @Test
    void sevenRisingPointsAreNeutralHighWhenNeitherWayIsBetter() {
        assertPointTypes(afterBaseline(WIDE, neutral(), 8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0), "............ HHHHHHH");
    }

    @Test
    void sevenFallingPointsAreAConcernWhenHigherIsBetter() {
        // 11.5 → 13.0 rises, then seven points fall from 13.0 to 10.0.
        assertPointTypes(
                afterBaseline(WIDE, increase(), 13.0, 12.5, 12.0, 11.5, 11.0, 10.5, 10.0), "............ CCCCCCC");
    }

    @Test
    void sevenFallingPointsAreAnImprovementWhenLowerIsBetter() {
        assertPointTypes(
                afterBaseline(WIDE, decrease(), 13.0, 12.5, 12.0, 11.5, 11.0, 10.5, 10.0), "............ IIIIIII");
    }

    @Test
    void sevenFallingPointsAreNeutralLowWhenNeitherWayIsBetter() {
        assertPointTypes(
                afterBaseline(WIDE, neutral(), 13.0, 12.5, 12.0, 11.5, 11.0, 10.5, 10.0), "............ LLLLLLL");
    }

    @Test
    void sixRisingPointsAreNotATrendOfSeven() {
        assertPointTypes(afterBaseline(WIDE, increase(), 8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 9.0), "............ ...... .");
    }

    @Test
    void sixRisingPointsAreATrendOfSix() {
        SpcOptions trendOfSix = increase().withTrendRun(6);

        assertPointTypes(afterBaseline(WIDE, trendOfSix, 8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 9.0), "............ IIIIII .");
    }

    @Test
    void aTieBreaksTheTrend() {
        // 8.0 8.5 9.0 | 9.0 9.5 10.0 10.5 11.0: the repeated 9.0 is no rise, leaving runs of 3 and 5 points.
        assertPointTypes(
                afterBaseline(WIDE, increase(), 8.0, 8.5, 9.0, 9.0, 9.5, 10.0, 10.5, 11.0), "............ ........");
    }

    @Test
    void thePeakBetweenARiseAndAFallTakesTheDirectionOfTheLaterTrend() {
        // Seven points rise to 11.0, then seven points fall from it: 11.0 belongs to both trends.
        SpcChart chart =
                afterBaseline(WIDE, increase(), 8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0);

        assertPointTypes(chart, "............ IIIIII C CCCCCC");
    }

    @Test
    void theLastPointOfATrendKeepsItsDirectionWhenTheNextTrendStartsAfterADrop() {
        // A deliberate deviation from NHSRplotthedots (DESIGN.md): 11.0 ends the first rise; the drop to 8.0
        // starts a second rise. NHSRplotthedots would give 11.0 the drop's direction (a concern); here it keeps
        // its own trend's, as every other point of that trend does.
        SpcChart chart = afterBaseline(
                WIDE, increase(), 8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0, 8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0);

        assertPointTypes(chart, "............ IIIIIII IIIIIII");
    }

    @Test
    void theLastPointOfATrendKeepsItsDirectionWhenATieComesBeforeTheNextTrend() {
        SpcChart chart = afterBaseline(
                WIDE, increase(), 8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0, 11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0);

        assertPointTypes(chart, "............ IIIIIII CCCCCCC");
    }

    @Test
    void theRuleCountsPointsNotRises() {
        double[] sevenPoints = {1, 2, 3, 4, 5, 6, 7};

        assertThat(SpecialCauseRules.trend(sevenPoints, 7)).containsExactly(1, 1, 1, 1, 1, 1, 1);
        assertThat(SpecialCauseRules.trend(sevenPoints, 8)).containsOnly(0);
        assertThat(SpecialCauseRules.trend(new double[] {7, 6, 5, 4, 3, 2, 1}, 7))
                .containsOnly(SpecialCauseRules.LOW);
    }
}
