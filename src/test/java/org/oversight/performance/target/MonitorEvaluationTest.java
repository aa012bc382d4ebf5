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

/** "Monitor the number and rates of anti-social behaviour incidents": no target, but the figures are still reported. */
class MonitorEvaluationTest {

    private static final MeasureDefinition ANTI_SOCIAL_BEHAVIOUR =
            new MeasureDefinition("Anti-social behaviour", ImprovementDirection.NEUTRAL, MeasureUnit.COUNT);

    @Test
    void aMonitoredMeasureHasNoTargetButSaysHowItHasMoved() {
        MonthlySeries incidents = spread("2013-04", "2013-10", 8314).plus(spread("2014-04", "2014-10", 8123));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                new Target.Monitor(),
                ANTI_SOCIAL_BEHAVIOUR,
                IndicatorSeries.counts(incidents),
                month("2014-10"),
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NO_TARGET);
        assertThat(evaluation.required()).isNull();
        assertThat(evaluation.actual()).isEqualByComparingTo("8123");
        assertThat(evaluation.words())
                .isEqualTo("Anti-social behaviour is monitored without a target;"
                        + " -2.3% year to date: 8,123 against 8,314.");
    }

    @Test
    void aMonitoredMeasureWithGapsSaysWhatIsMissingInsteadOfAChange() {
        MonthlySeries incidents = spread("2014-04", "2014-10", 8123);

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                new Target.Monitor(),
                ANTI_SOCIAL_BEHAVIOUR.withTolerance(null),
                IndicatorSeries.counts(incidents),
                month("2014-10"),
                ReferenceValues.NONE);

        assertThat(evaluation.status()).isEqualTo(TargetStatus.NO_TARGET);
        assertThat(evaluation.changePercent()).isNull();
        assertThat(evaluation.words())
                .isEqualTo("Anti-social behaviour is monitored without a target; year to date: not compared because"
                        + " there are no figures for April–October 2013.");
    }

    @Test
    void aMonitoredMeasureWithADirectionSaysWhichWayIsBetter() {
        MonthlySeries weapons = spread("2013-04", "2013-10", 70).plus(spread("2014-04", "2014-10", 77));

        TargetEvaluation evaluation = TargetEvaluation.evaluate(
                new Target.Monitor(),
                new MeasureDefinition("Weapons found", ImprovementDirection.INCREASE, MeasureUnit.COUNT),
                IndicatorSeries.counts(weapons),
                month("2014-10"),
                ReferenceValues.NONE);

        assertThat(evaluation.words())
                .isEqualTo("Weapons found is monitored without a target (higher is better);"
                        + " +10.0% year to date: 77 against 70.");
    }
}
