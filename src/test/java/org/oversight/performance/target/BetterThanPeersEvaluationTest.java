package org.oversight.performance.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.period.MonthlyFigures.month;
import static org.oversight.performance.period.MonthlyFigures.spread;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.oversight.performance.period.Aggregation;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.MonthRange;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.Target;

/** "Better than the most similar forces' average": the average is supplied by the caller or the target is not judged. */
class BetterThanPeersEvaluationTest {

    private static final YearMonth OCTOBER_2022 = month("2022-10");

    private static final MeasureDefinition VEHICLE_CRIME_PER_THOUSAND =
            new MeasureDefinition("Vehicle crime", ImprovementDirection.DECREASE, MeasureUnit.COUNT);

    private static final Target.BetterThanPeers BETTER_THAN_MOST_SIMILAR_FORCES =
            new Target.BetterThanPeers("most similar forces");

    private static final IndicatorSeries VEHICLE_CRIME = IndicatorSeries.counts(spread("2021-11", "2022-10", 9000));

    private static TargetEvaluation withPeerAverage(Target target, String average) {
        MonthRange months = TargetEvaluator.standingMonths(Aggregation.SUM, OCTOBER_2022);
        return TargetEvaluation.evaluate(
                target,
                VEHICLE_CRIME_PER_THOUSAND,
                VEHICLE_CRIME,
                OCTOBER_2022,
                ReferenceValues.NONE.withPeerAverage(new PeerAverage(months, new BigDecimal(average))));
    }

    @Test
    void lowerThanThePeerAverageForTheSameMonthsIsBetter() {
        TargetEvaluation evaluation = withPeerAverage(BETTER_THAN_MOST_SIMILAR_FORCES, "9500");

        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(evaluation.actualMonths().words()).isEqualTo("November 2021–October 2022");
        assertThat(evaluation.words())
                .isEqualTo("Vehicle crime (12 months to October 2022): 9,000; the target is to be better than the"
                        + " average of the most similar forces, 9,500, so it is on track.");
    }

    @Test
    void equalToThePeerAverageIsNotBetterButIsWithinTolerance() {
        assertThat(withPeerAverage(BETTER_THAN_MOST_SIMILAR_FORCES, "9000").status())
                .isEqualTo(TargetStatus.AT_RISK);
    }

    @Test
    void worseThanThePeerAverageByMoreThanTwoPerCentIsOffTrack() {
        assertThat(withPeerAverage(BETTER_THAN_MOST_SIMILAR_FORCES, "8800").status())
                .isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void withoutAPeerGroupOrItsAverageThereIsNoData() {
        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                new Target.BetterThanPeers(null),
                VEHICLE_CRIME_PER_THOUSAND,
                VEHICLE_CRIME,
                OCTOBER_2022,
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(evaluation.reason()).isEqualTo("no peer group has been set");
        assertThat(evaluation.actual()).isNull();
    }

    @Test
    void aNamedPeerGroupWithoutItsAverageIsNoDataAndSaysWhichAverageIsMissing() {
        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                BETTER_THAN_MOST_SIMILAR_FORCES,
                VEHICLE_CRIME_PER_THOUSAND,
                VEHICLE_CRIME,
                OCTOBER_2022,
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(evaluation.reason()).isEqualTo("no average has been supplied for the most similar forces");
    }

    @Test
    void aPeerAverageForOtherMonthsIsNotUsed() {
        PeerAverage lastYear = new PeerAverage(MonthRange.twelveMonthsTo(month("2021-10")), new BigDecimal("9500"));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                BETTER_THAN_MOST_SIMILAR_FORCES,
                VEHICLE_CRIME_PER_THOUSAND,
                VEHICLE_CRIME,
                OCTOBER_2022,
                ReferenceValues.NONE.withPeerAverage(lastYear));

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(evaluation.reason())
                .isEqualTo("the peer average is for November 2020–October 2021 but the measure is judged on"
                        + " November 2021–October 2022");
    }

    @Test
    void aMeasureWithNoDirectionCannotBeBetterThanItsPeers() {
        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                BETTER_THAN_MOST_SIMILAR_FORCES,
                new MeasureDefinition("Section 60 searches", ImprovementDirection.NEUTRAL, MeasureUnit.COUNT),
                VEHICLE_CRIME,
                OCTOBER_2022,
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NO_TARGET);
    }
}
