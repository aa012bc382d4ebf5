package org.oversight.performance.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.performance.target.MilestoneConsistency.Verdict;
import org.oversight.plan.Target;
import org.oversight.shared.ReportingPeriod;

/** Do the 2008-2011 plan's annual milestones add up to its three-year targets? */
class MilestoneConsistencyTest {

    private static ReportingPeriod period(String text) {
        return ReportingPeriod.parse(text);
    }

    private static Target.Milestones annualChanges(Target.Change change, String each, String overall) {
        return new Target.Milestones(
                List.of(
                        step("2008/09", change, each, "2007/08"),
                        step("2009/10", change, each, "2008/09"),
                        step("2010/11", change, each, "2009/10")),
                new Target.ChangeByPercent(change, new BigDecimal(overall), period("2007/08"), period("2010/11")));
    }

    private static Target.Step step(String year, Target.Change change, String percent, String against) {
        return new Target.Step(
                period(year), new Target.ChangeByPercent(change, new BigDecimal(percent), period(against), null));
    }

    private static Target.Step atLeast(String year, String value) {
        return new Target.Step(
                period(year), new Target.Threshold(Target.Comparator.AT_LEAST, new BigDecimal(value), null));
    }

    @Test
    void theSeriousViolenceMilestonesOfFourPerCentAYearCompoundToMoreThanTheElevenPerCentTarget() {
        MilestoneConsistency check = MilestoneConsistency.of(annualChanges(Target.Change.REDUCE, "4", "11"));

        assertThat(check.verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(check.stepsLeadTo()).isEqualByComparingTo("11.5264");
        assertThat(check.words())
                .isEqualTo("Three annual reductions of 4% compound to a reduction of 11.5% (1 − 0.96³ = 0.115264),"
                        + " which is at least the overall 11% reduction against 2007/08: the milestones are consistent"
                        + " with the overall target.");
    }

    @Test
    void roadSafetyReductionsOfFivePerCentThreeTimesCompoundToMoreThanFourteenPerCent() {
        MilestoneConsistency check = MilestoneConsistency.of(annualChanges(Target.Change.REDUCE, "5", "14"));

        assertThat(check.verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(check.stepsLeadTo()).isEqualByComparingTo("14.2625");
        assertThat(check.words()).contains("(1 − 0.95³ = 0.142625)");
    }

    @Test
    void totalRecordedCrimeReductionsOfFourPerCentThreeTimesMeetTheTenPerCentTarget() {
        assertThat(MilestoneConsistency.of(annualChanges(Target.Change.REDUCE, "4", "10"))
                        .verdict())
                .isEqualTo(Verdict.CONSISTENT);
    }

    @Test
    void threeFourPerCentReductionsFallShortOfAFourteenPerCentTarget() {
        MilestoneConsistency check = MilestoneConsistency.of(annualChanges(Target.Change.REDUCE, "4", "14"));

        assertThat(check.verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(check.words())
                .contains("is less than the overall 14% reduction against 2007/08")
                .endsWith("every milestone could be met and the overall target still missed.");
    }

    @Test
    void milestonesThatCompoundToJustUnderTheOverallTargetSayByHowMuch() {
        // 1 − 0.95 × 0.937 = 0.10985: 10.985%, which one decimal place would show as "11.0%".
        Target.Milestones milestones = new Target.Milestones(
                List.of(
                        step("2008/09", Target.Change.REDUCE, "5", "2007/08"),
                        step("2009/10", Target.Change.REDUCE, "6.3", "2008/09")),
                new Target.ChangeByPercent(
                        Target.Change.REDUCE, new BigDecimal("11"), period("2007/08"), period("2009/10")));

        MilestoneConsistency check = MilestoneConsistency.of(milestones);

        assertThat(check.verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(check.words())
                .contains("compound to a reduction of 10.99% (")
                .contains("is less than the overall 11%");
    }

    @Test
    void increasesCompoundUpwards() {
        MilestoneConsistency check = MilestoneConsistency.of(annualChanges(Target.Change.INCREASE, "10", "33"));

        assertThat(check.verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(check.stepsLeadTo()).isEqualByComparingTo("33.1");
        assertThat(check.words()).contains("(1.1³ − 1 = 0.331)");
    }

    @Test
    void theDetectionRateMilestonesRiseToTheOverallTarget() {
        Target.Milestones detections = new Target.Milestones(
                List.of(atLeast("2008/09", "45"), atLeast("2009/10", "50"), atLeast("2010/11", "55")),
                new Target.Threshold(Target.Comparator.AT_LEAST, new BigDecimal("55"), period("2010/11")));

        MilestoneConsistency check = MilestoneConsistency.of(detections);

        assertThat(check.verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(check.words())
                .isEqualTo("The milestones (at least 45, 50 and 55) end at 55 in 2010/11, which is at least as"
                        + " demanding as the overall target of 55: the milestones are consistent with the overall"
                        + " target.");
    }

    @Test
    void detectionMilestonesEndingBelowTheOverallTargetAreInconsistent() {
        Target.Milestones detections = new Target.Milestones(
                List.of(atLeast("2008/09", "45"), atLeast("2009/10", "50"), atLeast("2010/11", "52")),
                new Target.Threshold(Target.Comparator.AT_LEAST, new BigDecimal("55"), period("2010/11")));

        assertThat(MilestoneConsistency.of(detections).verdict()).isEqualTo(Verdict.INCONSISTENT);
    }

    @Test
    void milestonesAllAgainstTheOverallBaselineDoNotCompound() {
        Target.Milestones cumulative = new Target.Milestones(
                List.of(
                        step("2008/09", Target.Change.REDUCE, "4", "2007/08"),
                        step("2009/10", Target.Change.REDUCE, "8", "2007/08"),
                        step("2010/11", Target.Change.REDUCE, "11", "2007/08")),
                new Target.ChangeByPercent(
                        Target.Change.REDUCE, new BigDecimal("11"), period("2007/08"), period("2010/11")));

        MilestoneConsistency check = MilestoneConsistency.of(cumulative);

        assertThat(check.verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(check.stepsLeadTo()).isEqualByComparingTo("11");
    }

    @Test
    void withoutAnOverallTargetThereIsNothingToCheck() {
        Target.Milestones stepsOnly =
                new Target.Milestones(List.of(step("2008/09", Target.Change.REDUCE, "4", "2007/08")), null);

        MilestoneConsistency check = MilestoneConsistency.of(stepsOnly);

        assertThat(check.verdict()).isEqualTo(Verdict.CANNOT_BE_CHECKED);
        assertThat(check.words()).isEqualTo("There is no overall target to check the milestones against.");
    }

    @Test
    void milestonesOfAnotherKindThanTheOverallTargetCannotBeChecked() {
        Target.Milestones mixed = new Target.Milestones(
                List.of(atLeast("2008/09", "45")),
                new Target.ChangeByPercent(
                        Target.Change.REDUCE, new BigDecimal("11"), period("2007/08"), period("2010/11")));

        assertThat(MilestoneConsistency.of(mixed).verdict()).isEqualTo(Verdict.CANNOT_BE_CHECKED);
    }

    @Test
    void baselinesThatDoNotChainCannotBeCompounded() {
        Target.Milestones broken = new Target.Milestones(
                List.of(
                        step("2008/09", Target.Change.REDUCE, "4", "2007/08"),
                        step("2009/10", Target.Change.REDUCE, "4", "2006/07"),
                        step("2010/11", Target.Change.REDUCE, "4", "2009/10")),
                new Target.ChangeByPercent(
                        Target.Change.REDUCE, new BigDecimal("11"), period("2007/08"), period("2010/11")));

        assertThat(MilestoneConsistency.of(broken).verdict()).isEqualTo(Verdict.CANNOT_BE_CHECKED);
    }
}
