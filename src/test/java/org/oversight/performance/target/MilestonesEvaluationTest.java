package org.oversight.performance.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.period.MonthlyFigures.constant;
import static org.oversight.performance.period.MonthlyFigures.month;
import static org.oversight.performance.period.MonthlyFigures.spread;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.MonthlySeries;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.Target;
import org.oversight.shared.ReportingPeriod;

/** The 2008-2011 Strategic Policing Plan: annual milestones on the way to a three-year target. */
class MilestonesEvaluationTest {

    private static final MeasureDefinition SERIOUS_VIOLENCE =
            new MeasureDefinition("Serious violence", ImprovementDirection.DECREASE, MeasureUnit.COUNT);

    private static ReportingPeriod period(String text) {
        return ReportingPeriod.parse(text);
    }

    private static Target.Step reduceByFourPerCent(String year, String against) {
        return new Target.Step(
                period(year),
                new Target.ChangeByPercent(Target.Change.REDUCE, new BigDecimal("4"), period(against), null));
    }

    /** Reduce serious violence: 4% a year against the year before, 11% over three years against 2007/08. */
    static Target.Milestones seriousViolenceMilestones() {
        return new Target.Milestones(
                List.of(
                        reduceByFourPerCent("2008/09", "2007/08"),
                        reduceByFourPerCent("2009/10", "2008/09"),
                        reduceByFourPerCent("2010/11", "2009/10")),
                new Target.ChangeByPercent(
                        Target.Change.REDUCE, new BigDecimal("11"), period("2007/08"), period("2010/11")));
    }

    /** 10,000 in 2007/08, 9,550 in 2008/09, 9,150 in 2009/10 and 8,850 in 2010/11. */
    private static IndicatorSeries seriousViolence() {
        MonthlySeries offences = spread("2007/08", 10000)
                .plus(spread("2008/09", 9550))
                .plus(spread("2009/10", 9150))
                .plus(spread("2010/11", 8850));
        return IndicatorSeries.counts(offences);
    }

    private static TargetEvaluation seriousViolenceAsAt(String month) {
        return TargetEvaluation.evaluate(
                seriousViolenceMilestones(), SERIOUS_VIOLENCE, seriousViolence(), month(month), ReferenceValues.NONE);
    }

    @Test
    void judgesTheFinishedFirstYearMilestoneAndSaysTheOverallTargetHasNotStarted() {
        TargetEvaluation evaluation = seriousViolenceAsAt("2009-03");

        assertThat(evaluation.status()).isEqualTo(TargetStatus.MET);
        assertThat(evaluation.parts())
                .extracting(TargetEvaluation::status)
                .containsExactly(TargetStatus.MET, TargetStatus.NOT_STARTED);
        assertThat(evaluation.words())
                .isEqualTo("Milestone for 2008/09: Serious violence (2008/09) is 4.5% lower than 2007/08; the target"
                        + " is a 4% reduction, so it has been met. Overall target: Serious violence: the target is"
                        + " for 2010/11, which has not started as at March 2009.");
    }

    @Test
    void judgesTheMilestoneUnderWayAgainstTheSameMonthsOfThePreviousYear() {
        TargetEvaluation evaluation = seriousViolenceAsAt("2009-10");

        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(evaluation.parts().get(0).target())
                .isEqualTo(new Target.ChangeByPercent(
                        Target.Change.REDUCE, new BigDecimal("4"), period("2008/09"), period("2009/10")));
        assertThat(evaluation.baselineMonths().words()).isEqualTo("April–October 2008");
        assertThat(evaluation.words())
                .startsWith("Milestone for 2009/10: Serious violence (year to date) is 4.2% lower than the same"
                        + " months of 2008/09; the target is a 4% reduction, so it is on track.");
    }

    @Test
    void afterTheLastYearItJudgesTheLastMilestoneAndTheOverallTargetSeparately() {
        TargetEvaluation evaluation = seriousViolenceAsAt("2011-06");

        // 8,850 against 9,150 is 3.3% lower (the last milestone is missed) but 11.5% below 2007/08.
        assertThat(evaluation.status()).isEqualTo(TargetStatus.NOT_MET);
        assertThat(evaluation.parts())
                .extracting(TargetEvaluation::status)
                .containsExactly(TargetStatus.NOT_MET, TargetStatus.MET);
        assertThat(evaluation.parts().get(1).words())
                .isEqualTo("Serious violence (2010/11) is 11.5% lower than 2007/08; the target is an 11% reduction,"
                        + " so it has been met.");
    }

    @Test
    void beforeTheFirstMilestoneNothingHasStarted() {
        TargetEvaluation evaluation = seriousViolenceAsAt("2008-02");

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NOT_STARTED);
        assertThat(evaluation.words())
                .startsWith("Serious violence: no milestone has started as at February 2008 (the first is for"
                        + " 2008/09).");
    }

    @Test
    void detectionRateMilestonesAreJudgedOnTheYearToDateRate() {
        Target.Milestones detections = new Target.Milestones(
                List.of(
                        new Target.Step(period("2008/09"), atLeast("45")),
                        new Target.Step(period("2009/10"), atLeast("50")),
                        new Target.Step(period("2010/11"), atLeast("55"))),
                new Target.Threshold(Target.Comparator.AT_LEAST, new BigDecimal("55"), period("2010/11")));
        IndicatorSeries rate =
                IndicatorSeries.percentage(constant("2009-04", "2009-10", "52"), constant("2009-04", "2009-10", "100"));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                detections,
                new MeasureDefinition(
                        "Detections of serious violence", ImprovementDirection.INCREASE, MeasureUnit.PERCENT),
                rate,
                month("2009-10"),
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(evaluation.words())
                .startsWith("Milestone for 2009/10: Detections of serious violence (year to date): 52%; the target"
                        + " is at least 50% in 2009/10, so it is on track.");
    }

    private static Target.Threshold atLeast(String value) {
        return new Target.Threshold(Target.Comparator.AT_LEAST, new BigDecimal(value), null);
    }
}
