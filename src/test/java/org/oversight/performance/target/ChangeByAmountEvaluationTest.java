package org.oversight.performance.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.period.MonthlyFigures.month;
import static org.oversight.performance.period.MonthlyFigures.monthly;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.MonthRange;
import org.oversight.performance.period.MonthlySeries;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.Target;
import org.oversight.shared.ReportingPeriod;

/** The 2021-25 plan: "increase the size of West Midlands Police by at least 1,200 officers compared to where it was in 2019". */
class ChangeByAmountEvaluationTest {

    private static final MeasureDefinition OFFICERS =
            new MeasureDefinition("Police officers", ImprovementDirection.INCREASE, MeasureUnit.NUMBER);

    private static final Target.ChangeByAmount TWELVE_HUNDRED_MORE_THAN_2019 = new Target.ChangeByAmount(
            Target.Change.INCREASE, new BigDecimal("1200"), ReportingPeriod.parse("2019"), null);

    /** Workforce figures come twice a year: 6,500 at March 2019 and 6,600 at September 2019. */
    private static MonthlySeries officersIn2019() {
        return monthly("2019-03", 6500).with(month("2019-09"), BigDecimal.valueOf(6600));
    }

    private static TargetEvaluation asAtMarch2023With(long officers) {
        return TargetEvaluation.evaluate(
                TWELVE_HUNDRED_MORE_THAN_2019,
                OFFICERS,
                IndicatorSeries.levels(officersIn2019().with(month("2023-03"), BigDecimal.valueOf(officers))),
                month("2023-03"),
                ReferenceValues.NONE);
    }

    @Test
    void twelveHundredMoreOfficersThan2019IsMeasuredFromTheLastMonthOf2019WithAFigure() {
        TargetEvaluation evaluation = asAtMarch2023With(7850);

        assertThat(evaluation.baselineMonths()).isEqualTo(MonthRange.of(month("2019-09")));
        assertThat(evaluation.baseline()).isEqualByComparingTo("6600");
        assertThat(evaluation.required()).isEqualByComparingTo("7800");
        assertThat(evaluation.gap()).isEqualByComparingTo("50");
        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(evaluation.words())
                .isEqualTo("Police officers (March 2023): 7,850; the target is an increase of 1,200 on the 2019"
                        + " level (September 2019) of 6,600, that is 7,800, so it is on track.");
    }

    @Test
    void isAtRiskWithinTwoPerCentOfTheRequiredLevelAndOffTrackBeyond() {
        // 2% of 7,800 is 156.
        assertThat(asAtMarch2023With(7644).status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(asAtMarch2023With(7643).status()).isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void withADeadlineItIsMetOrNotOnTheLevelAtTheDeadline() {
        Target.ChangeByAmount byMarch2023 = new Target.ChangeByAmount(
                Target.Change.INCREASE,
                new BigDecimal("1200"),
                ReportingPeriod.parse("2019"),
                ReportingPeriod.parse("2023-03-31"));
        MonthlySeries officers = officersIn2019()
                .with(month("2023-03"), BigDecimal.valueOf(7810))
                .with(month("2023-06"), BigDecimal.valueOf(7700));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                byMarch2023, OFFICERS, IndicatorSeries.levels(officers), month("2023-06"), ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.MET);
        assertThat(evaluation.actualMonths()).isEqualTo(MonthRange.of(month("2023-03")));
        assertThat(evaluation.words()).contains("by 31 March 2023, that is 7,800, so it has been met.");
    }

    @Test
    void beforeTheDeadlineItIsUnderWayOnTheLatestLevel() {
        Target.ChangeByAmount byMarch2023 = new Target.ChangeByAmount(
                Target.Change.INCREASE,
                new BigDecimal("1200"),
                ReportingPeriod.parse("2019"),
                ReportingPeriod.parse("2023-03-31"));
        MonthlySeries officers = officersIn2019().with(month("2022-03"), BigDecimal.valueOf(7300));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                byMarch2023, OFFICERS, IndicatorSeries.levels(officers), month("2022-03"), ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(evaluation.actual()).isEqualByComparingTo("7300");
    }

    @Test
    void withNoBaselineItBuildsOnTheLevelWhenThePlanBeganWhenThatIsSupplied() {
        Target.ChangeByAmount fourHundredAndFiftyMore =
                new Target.ChangeByAmount(Target.Change.INCREASE, new BigDecimal("450"), null, null);

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                fourHundredAndFiftyMore,
                new MeasureDefinition("Neighbourhood officers", ImprovementDirection.INCREASE, MeasureUnit.NUMBER),
                IndicatorSeries.levels(monthly("2023-03", 1460)),
                month("2023-03"),
                ReferenceValues.NONE.withLevelAtStartOfPlan(new BigDecimal("1000")));

        assertThat(evaluation.required()).isEqualByComparingTo("1450");
        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(evaluation.words()).contains("an increase of 450 on the level when the plan began of 1,000");
    }

    @Test
    void withNoBaselineAndNoStartingLevelThereIsNoData() {
        Target.ChangeByAmount fourHundredAndFiftyMore =
                new Target.ChangeByAmount(Target.Change.INCREASE, new BigDecimal("450"), null, null);

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                fourHundredAndFiftyMore,
                new MeasureDefinition("Neighbourhood officers", ImprovementDirection.INCREASE, MeasureUnit.NUMBER),
                IndicatorSeries.levels(monthly("2023-03", 1460)),
                month("2023-03"),
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(evaluation.reason())
                .isEqualTo("the target names no baseline and the level when the plan began has not been supplied");
    }

    @Test
    void aBaselineYearWithoutAnyFigureGivesNoData() {
        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                TWELVE_HUNDRED_MORE_THAN_2019,
                OFFICERS,
                IndicatorSeries.levels(monthly("2023-03", 7850)),
                month("2023-03"),
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(evaluation.reason()).isEqualTo("there are no figures for January–December 2019");
    }
}
