package org.oversight.performance.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.period.MonthlyFigures.month;
import static org.oversight.performance.period.MonthlyFigures.spread;

import org.junit.jupiter.api.Test;
import org.oversight.performance.period.IndicatorSeries;
import org.oversight.performance.period.MonthlySeries;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.Target;
import org.oversight.shared.ReportingPeriod;

/**
 * The 2021-25 plan: "achieving reductions on the numbers/rates seen in 2019/20". A reduction is
 * strictly below the 2019/20 level: the same level is not a reduction.
 */
class ChangeOnBaselineEvaluationTest {

    private static final MeasureDefinition RESIDENTIAL_BURGLARY =
            new MeasureDefinition("Residential burglary", ImprovementDirection.DECREASE, MeasureUnit.COUNT);

    private static final Target.ChangeOnBaseline REDUCTION_ON_2019_20 =
            new Target.ChangeOnBaseline(Target.Change.REDUCE, ReportingPeriod.parse("2019/20"), null);

    private static TargetEvaluation residentialBurglaryWithYearToDate(long yearToDate) {
        MonthlySeries burglary = spread("2019-04", "2019-10", 5000)
                .plus(spread("2019-11", "2020-03", 3500))
                .plus(spread("2022-04", "2022-10", yearToDate));
        return TargetEvaluation.evaluate(
                REDUCTION_ON_2019_20,
                RESIDENTIAL_BURGLARY,
                IndicatorSeries.counts(burglary),
                month("2022-10"),
                ReferenceValues.NONE);
    }

    @Test
    void fewerCrimesThanInTheSameMonthsOf2019To20IsOnTrack() {
        TargetEvaluation evaluation = residentialBurglaryWithYearToDate(4850);

        assertThat(evaluation.baselineMonths().words()).isEqualTo("April–October 2019");
        assertThat(evaluation.baseline()).isEqualByComparingTo("5000");
        assertThat(evaluation.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(evaluation.words())
                .isEqualTo("Residential burglary (year to date) is 3.0% lower than the same months of 2019/20;"
                        + " the target is to reduce below the 2019/20 level, so it is on track.");
    }

    @Test
    void theSameNumberAsIn2019To20IsNotAReduction() {
        assertThat(residentialBurglaryWithYearToDate(5000).status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(residentialBurglaryWithYearToDate(4999).status()).isEqualTo(TargetStatus.ON_TRACK);
    }

    @Test
    void moreThanOnePointAboveThe2019To20LevelIsOffTrack() {
        assertThat(residentialBurglaryWithYearToDate(5050).status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(residentialBurglaryWithYearToDate(5051).status()).isEqualTo(TargetStatus.OFF_TRACK);
    }
}
