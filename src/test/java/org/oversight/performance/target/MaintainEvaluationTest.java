package org.oversight.performance.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.period.MonthlyFigures.month;
import static org.oversight.performance.period.MonthlyFigures.monthly;
import static org.oversight.performance.period.MonthlyFigures.spread;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.MonthlySeries;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.Target;
import org.oversight.shared.ReportingPeriod;

/** The 2021-25 plan: maintain the 480 PCSOs; neighbourhood crime at or below 2019/20 levels; body-worn video "at the same level or higher". */
class MaintainEvaluationTest {

    private static final MeasureDefinition PCSOS =
            new MeasureDefinition("PCSOs", ImprovementDirection.INCREASE, MeasureUnit.NUMBER);

    private static final Target.Maintain AT_OR_ABOVE_480 =
            new Target.Maintain(Target.MaintainComparator.AT_OR_ABOVE, new BigDecimal("480"), null);

    private static final MeasureDefinition RESIDENTIAL_BURGLARY =
            new MeasureDefinition("Residential burglary", ImprovementDirection.DECREASE, MeasureUnit.COUNT);

    private static final Target.Maintain AT_OR_BELOW_2019_20 =
            new Target.Maintain(Target.MaintainComparator.AT_OR_BELOW, null, ReportingPeriod.parse("2019/20"));

    private static TargetStatus pcsosAsAtOctober2022(long pcsos) {
        return TargetEvaluation.evaluate(
                        AT_OR_ABOVE_480,
                        PCSOS,
                        IndicatorSeries.levels(monthly("2022-10", pcsos)),
                        month("2022-10"),
                        ReferenceValues.NONE)
                .status();
    }

    private static TargetEvaluation residentialBurglaryWithYearToDate(long yearToDate) {
        MonthlySeries burglary = spread("2019-04", "2019-10", 5000)
                .plus(spread("2019-11", "2020-03", 3500))
                .plus(spread("2022-04", "2022-10", yearToDate));
        return TargetEvaluation.evaluate(
                AT_OR_BELOW_2019_20,
                RESIDENTIAL_BURGLARY,
                IndicatorSeries.counts(burglary),
                month("2022-10"),
                ReferenceValues.NONE);
    }

    @Test
    void maintaining480PcsosIsOnTrackAt480() {
        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                AT_OR_ABOVE_480,
                PCSOS,
                IndicatorSeries.levels(monthly("2022-10", 480)),
                month("2022-10"),
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(evaluation.words())
                .isEqualTo("PCSOs (October 2022): 480; the target is to maintain at or above 480, so it is on track.");
    }

    @Test
    void fewerThan480PcsosIsAtRiskWithinTwoPerCentAndOffTrackBeyond() {
        // 2% of 480 is 9.6.
        assertThat(pcsosAsAtOctober2022(471)).isEqualTo(TargetStatus.AT_RISK);
        assertThat(pcsosAsAtOctober2022(470)).isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void atOrBelow2019To20LevelsComparesTheYearToDateWithTheSameMonthsOf2019To20() {
        TargetEvaluation evaluation = residentialBurglaryWithYearToDate(4850);

        assertThat(evaluation.baselineMonths().words()).isEqualTo("April–October 2019");
        assertThat(evaluation.baseline()).isEqualByComparingTo("5000");
        assertThat(evaluation.required()).isEqualByComparingTo("5000");
        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(evaluation.words())
                .isEqualTo("Residential burglary (year to date) is 3.0% lower than the same months of 2019/20;"
                        + " the target is to maintain at or below the 2019/20 level, so it is on track.");
    }

    @Test
    void aboveThe2019To20LevelIsAtRiskWithinOnePointAndOffTrackBeyond() {
        assertThat(residentialBurglaryWithYearToDate(5050).status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(residentialBurglaryWithYearToDate(5051).status()).isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void theLevelWhenThePlanBeganIsUsedWhenSuppliedAndTheTargetNamesNoOther() {
        Target.Maintain sameOrHigher = new Target.Maintain(Target.MaintainComparator.AT_OR_ABOVE, null, null);
        IndicatorSeries bodyWornVideo = IndicatorSeries.percentage(monthly("2022-04", 62), monthly("2022-04", 100));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                sameOrHigher,
                new MeasureDefinition("Body-worn video use", ImprovementDirection.INCREASE, MeasureUnit.PERCENT),
                bodyWornVideo,
                month("2022-04"),
                ReferenceValues.NONE.withLevelAtStartOfPlan(new BigDecimal("61")));

        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(evaluation.required()).isEqualByComparingTo("61");
        assertThat(evaluation.words())
                .isEqualTo("Body-worn video use (year to date): 62%; the target is to maintain at or above the level"
                        + " when the plan began, 61%, so it is on track.");
    }

    @Test
    void withoutTheLevelWhenThePlanBeganThereIsNothingToMaintainAndNoData() {
        Target.Maintain sameOrHigher = new Target.Maintain(Target.MaintainComparator.AT_OR_ABOVE, null, null);
        IndicatorSeries bodyWornVideo = IndicatorSeries.percentage(monthly("2022-04", 62), monthly("2022-04", 100));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                sameOrHigher,
                new MeasureDefinition("Body-worn video use", ImprovementDirection.INCREASE, MeasureUnit.PERCENT),
                bodyWornVideo,
                month("2022-04"),
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(evaluation.actual()).isNull();
    }

    @Test
    void inMarchTheYearToDateIsTheWholeYearAndIsStillCalledTheYearToDate() {
        MonthlySeries burglary = spread("2019/20", 8500).plus(spread("2022/23", 8400));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                AT_OR_BELOW_2019_20,
                RESIDENTIAL_BURGLARY,
                IndicatorSeries.counts(burglary),
                month("2023-03"),
                ReferenceValues.NONE);

        assertThat(evaluation.actualMonths().words()).isEqualTo("April 2022–March 2023");
        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(evaluation.words())
                .startsWith("Residential burglary (year to date) is 1.2% lower than the same months of 2019/20;");
    }
}
