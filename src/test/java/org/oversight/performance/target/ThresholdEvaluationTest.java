package org.oversight.performance.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.period.MonthlyFigures.constant;
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

/** The 2021-25 plan: "no less than 50%" for reasonable-grounds searches; Domestic Abuse "> 6%"; over 8,000 officers. */
class ThresholdEvaluationTest {

    private static final MeasureDefinition POSITIVE_OUTCOME_RATE =
            new MeasureDefinition("Positive outcome rate", ImprovementDirection.INCREASE, MeasureUnit.PERCENT);

    private static final MeasureDefinition DOMESTIC_ABUSE_POSITIVE_OUTCOMES = new MeasureDefinition(
            "Domestic abuse positive outcome rate", ImprovementDirection.INCREASE, MeasureUnit.PERCENT);

    private static Target.Threshold atLeastFiftyPerCentIn2022To23() {
        return new Target.Threshold(Target.Comparator.AT_LEAST, new BigDecimal("50"), ReportingPeriod.parse("2022/23"));
    }

    /** A year of 1,000 searches a month with {@code outcomes} positive outcomes in all. */
    private static IndicatorSeries searchesIn2022To23WithPositiveOutcomes(long outcomes) {
        return IndicatorSeries.percentage(spread("2022/23", outcomes), spread("2022/23", 12000));
    }

    @Test
    void aThresholdOfAtLeastFiftyPerCentIsMetAtExactlyFifty() {
        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                atLeastFiftyPerCentIn2022To23(),
                POSITIVE_OUTCOME_RATE,
                searchesIn2022To23WithPositiveOutcomes(6000),
                month("2023-03"),
                ReferenceValues.NONE);

        assertThat(evaluation.actual()).isEqualByComparingTo("50");
        assertThat(evaluation.status()).isEqualTo(TargetStatus.MET);
        assertThat(evaluation.words())
                .isEqualTo("Positive outcome rate (2022/23): 50%; the target is at least 50% in 2022/23,"
                        + " so it has been met.");
    }

    @Test
    void aThresholdOfAtLeastFiftyPerCentIsNotMetAt49Point99AndSaysSoWithoutRoundingUp() {
        IndicatorSeries rate = IndicatorSeries.percentage(
                constant("2022-04", "2023-03", "4999"), constant("2022-04", "2023-03", "10000"));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                atLeastFiftyPerCentIn2022To23(), POSITIVE_OUTCOME_RATE, rate, month("2023-03"), ReferenceValues.NONE);

        assertThat(evaluation.actual()).isEqualByComparingTo("49.99");
        assertThat(evaluation.status()).isEqualTo(TargetStatus.NOT_MET);
        assertThat(evaluation.words()).startsWith("Positive outcome rate (2022/23): 49.99%;");
    }

    @Test
    void aboveSixPerCentIsNotMetAtExactlySix() {
        Target.Threshold aboveSix =
                new Target.Threshold(Target.Comparator.ABOVE, new BigDecimal("6"), ReportingPeriod.parse("2022/23"));
        IndicatorSeries rate = IndicatorSeries.percentage(spread("2022/23", 720), spread("2022/23", 12000));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                aboveSix, DOMESTIC_ABUSE_POSITIVE_OUTCOMES, rate, month("2023-03"), ReferenceValues.NONE);

        assertThat(evaluation.actual()).isEqualByComparingTo("6");
        assertThat(evaluation.status()).isEqualTo(TargetStatus.NOT_MET);
        assertThat(evaluation.gap()).isEqualByComparingTo("0");
    }

    @Test
    void aStandingAboveSixPerCentTargetAtExactlySixIsAtRiskNotOnTrack() {
        Target.Threshold aboveSix = new Target.Threshold(Target.Comparator.ABOVE, new BigDecimal("6"), null);
        IndicatorSeries rate = IndicatorSeries.percentage(spread("2022/23", 720), spread("2022/23", 12000));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                aboveSix, DOMESTIC_ABUSE_POSITIVE_OUTCOMES, rate, month("2023-03"), ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(evaluation.words())
                .isEqualTo("Domestic abuse positive outcome rate (year to date): 6%; the target is above 6%,"
                        + " so it is at risk.");
    }

    @Test
    void aStandingThresholdOnARateIsJudgedOnTheYearToDateRatioOfSums() {
        // April 9 of 10 (90%), May 41 of 90 (45.6%): 50 of 100 is 50%, though the monthly rates average 67.8%.
        Target.Threshold atLeastFifty = new Target.Threshold(Target.Comparator.AT_LEAST, new BigDecimal("50"), null);
        IndicatorSeries rate = IndicatorSeries.percentage(monthly("2022-04", 9, 41), monthly("2022-04", 10, 90));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                atLeastFifty, POSITIVE_OUTCOME_RATE, rate, month("2022-05"), ReferenceValues.NONE);

        assertThat(evaluation.actualMonths().words()).isEqualTo("April–May 2022");
        assertThat(evaluation.actual()).isEqualByComparingTo("50");
        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
    }

    @Test
    void aStandingPercentageThresholdMissedByUpToOnePointIsAtRiskAndByMoreIsOffTrack() {
        Target.Threshold atLeastFifty = new Target.Threshold(Target.Comparator.AT_LEAST, new BigDecimal("50"), null);
        IndicatorSeries justShort = IndicatorSeries.percentage(monthly("2022-04", 490), monthly("2022-04", 1000));
        IndicatorSeries wellShort = IndicatorSeries.percentage(monthly("2022-04", 489), monthly("2022-04", 1000));

        assertThat(TargetEvaluation.evaluate(
                                atLeastFifty, POSITIVE_OUTCOME_RATE, justShort, month("2022-04"), ReferenceValues.NONE)
                        .status())
                .isEqualTo(TargetStatus.AT_RISK);
        assertThat(TargetEvaluation.evaluate(
                                atLeastFifty, POSITIVE_OUTCOME_RATE, wellShort, month("2022-04"), ReferenceValues.NONE)
                        .status())
                .isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void overEightThousandOfficersIsJudgedOnTheLatestLevel() {
        Target.Threshold overEightThousand =
                new Target.Threshold(Target.Comparator.ABOVE, new BigDecimal("8000"), null);
        MonthlySeries officers = monthly("2023-01", 7990, 7995, 8001);

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                overEightThousand,
                new MeasureDefinition("Police officers", ImprovementDirection.INCREASE, MeasureUnit.NUMBER),
                IndicatorSeries.levels(officers),
                month("2023-03"),
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(evaluation.words())
                .isEqualTo("Police officers (March 2023): 8,001; the target is above 8,000, so it is on track.");
    }

    @Test
    void aCountThresholdUnderWayIsJudgedAgainstItsStraightLineShare() {
        Target.Threshold atMost = new Target.Threshold(
                Target.Comparator.AT_MOST, new BigDecimal("8000"), ReportingPeriod.parse("2014/15"));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                atMost,
                new MeasureDefinition("Burglary", ImprovementDirection.DECREASE, MeasureUnit.COUNT),
                IndicatorSeries.counts(spread("2014-04", "2014-09", 3900)),
                month("2014-09"),
                ReferenceValues.NONE);

        assertThat(evaluation.required()).isEqualByComparingTo("4000");
        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(evaluation.words())
                .isEqualTo("Burglary (year to date): 3,900; the target is at most 8,000 in 2014/15, a straight-line"
                        + " share of 4,000 for April–September 2014, so it is on track.");
    }

    @Test
    void aThresholdWithNoFiguresForItsMonthsGivesNoData() {
        Target.Threshold atLeastFifty = new Target.Threshold(Target.Comparator.AT_LEAST, new BigDecimal("50"), null);
        IndicatorSeries rate = IndicatorSeries.percentage(MonthlySeries.empty(), MonthlySeries.empty());

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                atLeastFifty, POSITIVE_OUTCOME_RATE, rate, month("2022-05"), ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(evaluation.reason()).isEqualTo("there are no figures for April–May 2022");
    }
}
