package org.oversight.performance.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.period.MonthlyFigures.constant;
import static org.oversight.performance.period.MonthlyFigures.month;
import static org.oversight.performance.period.MonthlyFigures.spread;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.MonthRange;
import org.oversight.performance.period.MonthlySeries;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.Target;
import org.oversight.shared.ReportingPeriod;

/** The 2014-15 plan: "Reduce burglary by 2 per cent" against 2013/14, in 2014/15. */
class ChangeByPercentEvaluationTest {

    private static final MeasureDefinition BURGLARY =
            new MeasureDefinition("Burglary", ImprovementDirection.DECREASE, MeasureUnit.COUNT);

    private static final Target.ChangeByPercent REDUCE_BURGLARY_BY_TWO_PER_CENT = new Target.ChangeByPercent(
            Target.Change.REDUCE,
            new BigDecimal("2"),
            ReportingPeriod.parse("2013/14"),
            ReportingPeriod.parse("2014/15"));

    /** 2013/14: 4,850 in April–October and 3,464 in November–March, 8,314 in all. */
    private static MonthlySeries burglary2013To14() {
        return spread("2013-04", "2013-10", 4850).plus(spread("2013-11", "2014-03", 3464));
    }

    private static TargetEvaluation asAtOctober2014WithYearToDate(long yearToDate, MeasureDefinition measure) {
        MonthlySeries burglary = burglary2013To14().plus(spread("2014-04", "2014-10", yearToDate));
        return TargetEvaluation.evaluate(
                REDUCE_BURGLARY_BY_TWO_PER_CENT,
                measure,
                IndicatorSeries.counts(burglary),
                month("2014-10"),
                ReferenceValues.NONE);
    }

    @Test
    void aTwoPerCentBurglaryReductionAgainst2013To14IsMetBy8100Against8314() {
        MonthlySeries burglary = burglary2013To14().plus(spread("2014/15", 8100));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                REDUCE_BURGLARY_BY_TWO_PER_CENT,
                BURGLARY,
                IndicatorSeries.counts(burglary),
                month("2015-06"),
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.MET);
        assertThat(evaluation.actual()).isEqualByComparingTo("8100");
        assertThat(evaluation.baseline()).isEqualByComparingTo("8314");
        assertThat(evaluation.required()).isEqualByComparingTo("8147.72");
        assertThat(evaluation.gap()).isEqualByComparingTo("-47.72");
        assertThat(evaluation.changePercent()).isEqualByComparingTo("-2.6");
        assertThat(evaluation.actualMonths()).isEqualTo(MonthRange.of(ReportingPeriod.parse("2014/15")));
        assertThat(evaluation.words())
                .isEqualTo("Burglary (2014/15) is 2.6% lower than 2013/14; the target is a 2% reduction,"
                        + " so it has been met.");
    }

    @Test
    void aReductionOfExactlyTwoPerCentMeetsATwoPerCentTarget() {
        MonthlySeries burglary = spread("2013/14", 10000).plus(spread("2014/15", 9800));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                REDUCE_BURGLARY_BY_TWO_PER_CENT,
                BURGLARY,
                IndicatorSeries.counts(burglary),
                month("2015-03"),
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.MET);
        assertThat(evaluation.words()).contains("is 2.0% lower than 2013/14");
    }

    @Test
    void aReductionShortOfTheTargetIsNotMetOnceTheYearIsOverWhateverTheTolerance() {
        MonthlySeries burglary = burglary2013To14().plus(spread("2014/15", 8200));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                REDUCE_BURGLARY_BY_TWO_PER_CENT,
                BURGLARY,
                IndicatorSeries.counts(burglary),
                month("2015-03"),
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NOT_MET);
        assertThat(evaluation.words()).endsWith("so it has not been met.");
    }

    @Test
    void inTheYearItComparesTheYearToDateWithTheSameMonthsOfTheBaselineYear() {
        TargetEvaluation evaluation = asAtOctober2014WithYearToDate(4738, BURGLARY);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(evaluation.actualMonths().words()).isEqualTo("April–October 2014");
        assertThat(evaluation.baselineMonths().words()).isEqualTo("April–October 2013");
        assertThat(evaluation.baseline()).isEqualByComparingTo("4850");
        assertThat(evaluation.required()).isEqualByComparingTo("4753");
        assertThat(evaluation.words())
                .isEqualTo("Burglary (year to date) is 2.3% lower than the same months of 2013/14;"
                        + " the target is a 2% reduction, so it is on track.");
    }

    @Test
    void isAtRiskWhenShortOfTheReductionByNoMoreThanOnePercentagePoint() {
        // 4,801 against 4,850 is 1.01% lower: 0.99 points short of the 2% reduction.
        TargetEvaluation evaluation = asAtOctober2014WithYearToDate(4801, BURGLARY);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(evaluation.words()).endsWith("so it is at risk.");
    }

    @Test
    void isOffTrackWhenShortByMoreThanOnePercentagePoint() {
        TargetEvaluation evaluation = asAtOctober2014WithYearToDate(4850, BURGLARY);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(evaluation.words()).contains("is the same as the same months of 2013/14");
    }

    @Test
    void aShortfallOfExactlyTheToleranceIsStillAtRisk() {
        MonthlySeries burglary = spread("2013-04", "2013-10", 5000)
                .plus(spread("2013-11", "2014-03", 3000))
                .plus(spread("2014-04", "2014-10", 4950));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                REDUCE_BURGLARY_BY_TWO_PER_CENT,
                BURGLARY,
                IndicatorSeries.counts(burglary),
                month("2014-10"),
                ReferenceValues.NONE);

        assertThat(evaluation.changePercent()).isEqualByComparingTo("-1.0");
        assertThat(evaluation.status()).isEqualTo(TargetStatus.AT_RISK);
    }

    @Test
    void aTighterToleranceForTheMeasureTurnsTheSameShortfallOffTrack() {
        MeasureDefinition strict = BURGLARY.withTolerance(new Tolerance(new BigDecimal("0.5"), BigDecimal.ZERO));

        TargetEvaluation evaluation = asAtOctober2014WithYearToDate(4801, strict);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void hasNotStartedBeforeItsPeriodBegins() {
        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                REDUCE_BURGLARY_BY_TWO_PER_CENT,
                BURGLARY,
                IndicatorSeries.counts(burglary2013To14()),
                month("2014-02"),
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NOT_STARTED);
        assertThat(evaluation.words())
                .isEqualTo("Burglary: the target is for 2014/15, which has not started as at February 2014.");
    }

    @Test
    void aMissingMonthGivesNoDataRatherThanAFigure() {
        MonthlySeries burglary =
                burglary2013To14().plus(spread("2014-04", "2014-10", 4738)).without(month("2013-05"));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                REDUCE_BURGLARY_BY_TWO_PER_CENT,
                BURGLARY,
                IndicatorSeries.counts(burglary),
                month("2014-10"),
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(evaluation.actual()).isNull();
        assertThat(evaluation.required()).isNull();
        assertThat(evaluation.missingMonths()).containsExactly(month("2013-05"));
        assertThat(evaluation.words())
                .isEqualTo("Burglary: the target cannot be judged as at October 2014 because there are no figures"
                        + " for May 2013.");
    }

    @Test
    void aZeroBaselineGivesNoPercentageChange() {
        MonthlySeries burglary = spread("2013/14", 0).plus(spread("2014/15", 12));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                REDUCE_BURGLARY_BY_TWO_PER_CENT,
                BURGLARY,
                IndicatorSeries.counts(burglary),
                month("2015-03"),
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NOT_JUDGED);
        assertThat(evaluation.reason())
                .isEqualTo("the figure for 2013/14 is zero, so a percentage change cannot be measured");
    }

    @Test
    void aTenPerCentReductionOnANegativeBaselineIsNotJudgedBecauseItHasNoMeaning() {
        // A net figure of −120 that became −108: 12 higher, and no percentage reduction describes it.
        MeasureDefinition netChange =
                new MeasureDefinition("Net change", ImprovementDirection.DECREASE, MeasureUnit.COUNT);
        Target.ChangeByPercent reduceByTen = new Target.ChangeByPercent(
                Target.Change.REDUCE,
                BigDecimal.TEN,
                ReportingPeriod.parse("2013/14"),
                ReportingPeriod.parse("2014/15"));
        MonthlySeries figures = constant("2013-04", "2014-03", "-10").plus(constant("2014-04", "2015-03", "-9"));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                reduceByTen, netChange, IndicatorSeries.counts(figures), month("2015-03"), ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NOT_JUDGED);
        assertThat(evaluation.actual()).isNull();
        assertThat(evaluation.words())
                .isEqualTo("Net change: the target cannot be judged as at March 2015 because the figure for 2013/14"
                        + " is negative (-120), so a percentage change from it has no meaning.");
    }

    @Test
    void anIncreaseOnARateComparesTheRatioOfSumsWithTheSameMonthsOfTheBaseline() {
        Target.ChangeByPercent increase = new Target.ChangeByPercent(
                Target.Change.INCREASE,
                new BigDecimal("10"),
                ReportingPeriod.parse("2021/22"),
                ReportingPeriod.parse("2022/23"));
        MonthlySeries outcomes = spread("2021-04", "2021-06", 300).plus(spread("2022-04", "2022-06", 340));
        MonthlySeries searches = spread("2021-04", "2021-06", 1000).plus(spread("2022-04", "2022-06", 1000));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                increase,
                new MeasureDefinition("Positive outcome rate", ImprovementDirection.INCREASE, MeasureUnit.PERCENT),
                IndicatorSeries.percentage(outcomes, searches),
                month("2022-06"),
                ReferenceValues.NONE);

        assertThat(evaluation.baseline()).isEqualByComparingTo("30");
        assertThat(evaluation.actual()).isEqualByComparingTo("34");
        assertThat(evaluation.required()).isEqualByComparingTo("33");
        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(evaluation.words())
                .isEqualTo("Positive outcome rate (year to date) is 13.3% higher than the same months of 2021/22;"
                        + " the target is a 10% increase, so it is on track.");
    }
}
