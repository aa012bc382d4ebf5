package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.plan.Target.Change;
import org.oversight.plan.Target.Comparator;
import org.oversight.plan.Target.MaintainComparator;
import org.oversight.shared.ReportingPeriod;

class TargetTest {

    private static ReportingPeriod period(String text) {
        return ReportingPeriod.parse(text);
    }

    @Test
    void saysAPercentageReductionAgainstItsBaselineInWords() {
        Target target = new Target.ChangeByPercent(Change.REDUCE, new BigDecimal("2"), period("2013/14"), null);
        assertThat(target.words(MeasureUnit.COUNT)).isEqualTo("Reduce by 2% compared with 2013/14");
    }

    @Test
    void namesThePeriodMeasuredWhenThePlanGivesIt() {
        Target target =
                new Target.ChangeByPercent(Change.REDUCE, new BigDecimal("5"), period("2013/14"), period("2014/15"));
        assertThat(target.words(MeasureUnit.COUNT)).isEqualTo("Reduce by 5% compared with 2013/14 (2014/15)");
    }

    @Test
    void writesAmountsWithThousandsSeparatorsAndUnits() {
        Target officers = new Target.ChangeByAmount(Change.INCREASE, new BigDecimal("1200"), period("2019"), null);
        assertThat(officers.words(MeasureUnit.NUMBER)).isEqualTo("Increase by 1,200 compared with 2019");
        Target rate = new Target.Threshold(Comparator.AT_LEAST, new BigDecimal("50"), null);
        assertThat(rate.words(MeasureUnit.PERCENT)).isEqualTo("At least 50%");
        Target money = new Target.Reach(new BigDecimal("6969000"), period("2015-03-31"));
        assertThat(money.words(MeasureUnit.POUNDS)).isEqualTo("Reach £6,969,000 by 31 March 2015");
    }

    @Test
    void saysMaintainWithAValueABaselineOrTheStartingLevel() {
        assertThat(new Target.Maintain(MaintainComparator.AT_OR_ABOVE, new BigDecimal("480"), null)
                        .words(MeasureUnit.NUMBER))
                .isEqualTo("Maintain at or above 480");
        assertThat(new Target.Maintain(MaintainComparator.AT_OR_BELOW, null, period("2019/20")).words(null))
                .isEqualTo("Maintain at or below the 2019/20 level");
        assertThat(new Target.Maintain(MaintainComparator.AT_OR_ABOVE, null, null).words(null))
                .isEqualTo("Maintain at or above the level when the plan began");
    }

    @Test
    void saysAnnualMilestonesAndTheThreeYearTarget() {
        Target target = new Target.Milestones(
                List.of(
                        new Target.Step(
                                period("2008/09"),
                                new Target.ChangeByPercent(
                                        Change.REDUCE, new BigDecimal("4"), period("2007/08"), null)),
                        new Target.Step(
                                period("2009/10"),
                                new Target.ChangeByPercent(
                                        Change.REDUCE, new BigDecimal("4"), period("2008/09"), null))),
                new Target.ChangeByPercent(Change.REDUCE, new BigDecimal("11"), period("2007/08"), period("2010/11")));
        assertThat(target.words(MeasureUnit.COUNT))
                .isEqualTo("2008/09: reduce by 4% compared with 2007/08; 2009/10: reduce by 4% compared with 2008/09;"
                        + " overall: reduce by 11% compared with 2007/08 (2010/11)");
    }

    @Test
    void aReductionTargetDoesNotAgreeWithAMeasureWhereHigherIsBetter() {
        Target reduce = new Target.ChangeByPercent(Change.REDUCE, BigDecimal.ONE, period("2013/14"), null);
        assertThat(reduce.agreesWith(ImprovementDirection.DECREASE)).isTrue();
        assertThat(reduce.agreesWith(ImprovementDirection.INCREASE)).isFalse();
        Target atLeast = new Target.Threshold(Comparator.AT_LEAST, BigDecimal.TEN, null);
        assertThat(atLeast.agreesWith(ImprovementDirection.INCREASE)).isTrue();
        assertThat(atLeast.agreesWith(ImprovementDirection.DECREASE)).isFalse();
        assertThat(new Target.Monitor().agreesWith(ImprovementDirection.NEUTRAL))
                .isTrue();
        assertThat(new Target.BetterThanPeers(null).agreesWith(ImprovementDirection.NEUTRAL))
                .isFalse();
    }

    @Test
    void saysAnyReductionOnABaselineAsBelowThatLevelAndAgreesOnlyWithItsDirection() {
        Target reduction = new Target.ChangeOnBaseline(Change.REDUCE, period("2019/20"), null);
        assertThat(reduction.words(MeasureUnit.COUNT)).isEqualTo("Reduce below the 2019/20 level");
        assertThat(new Target.ChangeOnBaseline(Change.INCREASE, period("2019/20"), period("2022/23"))
                        .words(MeasureUnit.COUNT))
                .isEqualTo("Increase above the 2019/20 level (2022/23)");
        assertThat(reduction.agreesWith(ImprovementDirection.DECREASE)).isTrue();
        assertThat(reduction.agreesWith(ImprovementDirection.INCREASE)).isFalse();
        assertThat(reduction.agreesWith(ImprovementDirection.NEUTRAL)).isFalse();
    }
}
